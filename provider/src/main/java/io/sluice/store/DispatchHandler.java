package io.sluice.store;

/** Told of every record the dispatcher passes; queueOffset is -1 for records that are not indexed. */
@FunctionalInterface
public interface DispatchHandler {
    void onRecord(long position, int size, LogRecord record, long queueOffset);
}
