package io.sluice.store;

/** When an append counts as done. */
public enum FlushPolicy {
    /** An append completes once its bytes are fsynced; one fsync serves every append waiting at that moment. */
    SYNC,
    /** An append completes once written to the page cache; the log is fsynced every {@code asyncFlushIntervalMillis}. */
    ASYNC
}
