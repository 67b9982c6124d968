package io.sluice.store;

/**
 * Gives each indexed record its queue offset at the moment it is placed in the log, so the offset is part of the
 * record and a consume queue rebuilt from the log gets the same offsets even after old segments are deleted.
 */
interface QueueOffsetAssigner {
    long assign(String topic, int queueId);

    /** Takes back the last offset assigned to the queue: its record could not be written. */
    void release(String topic, int queueId);
}
