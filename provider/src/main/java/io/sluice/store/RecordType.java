package io.sluice.store;

/**
 * What a commit-log record stands for; the store indexes {@link #MESSAGE} records into consume queues, and the half
 * messages a {@link #TX_COMMIT} record lists ({@link TransactionEntries}).
 */
public enum RecordType {
    MESSAGE, HALF_MESSAGE, TX_COMMIT, TX_ROLLBACK, TX_PREPARE, ACK, MOVE, CONTROL;

    private static final RecordType[] VALUES = values();

    static RecordType of(int code) {
        if (code < 0 || code >= VALUES.length) {
            return null;
        }
        return VALUES[code];
    }
}
