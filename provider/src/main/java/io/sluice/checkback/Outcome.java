package io.sluice.checkback;

/** What became of a check-back transaction, as the broker acknowledges it. */
public enum Outcome {
    COMMITTED, ROLLED_BACK,
    /** Still open: the broker will check it back (or, past the maximum of checks, it waits for an administrator). */
    UNDECIDED
}
