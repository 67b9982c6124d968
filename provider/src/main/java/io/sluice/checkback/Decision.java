package io.sluice.checkback;

/** What the producer's local transaction says of its half messages, at the end of its callback or in a check. */
public enum Decision {
    COMMIT, ROLLBACK, UNKNOWN
}
