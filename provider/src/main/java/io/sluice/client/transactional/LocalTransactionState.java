package io.sluice.client.transactional;

/** What the application's local transaction says of the message: commit it, roll it back, or not known yet. */
public enum LocalTransactionState {
    COMMIT, ROLLBACK,
    /** The broker will ask the {@link TransactionChecker} later. */
    UNKNOWN
}
