package io.sluice.engine;

import java.util.concurrent.atomic.AtomicInteger;

/** Which queue of a topic a message goes to. */
final class QueueRouting {
    static final int MAX_QUEUES = 1024;

    private final AtomicInteger nextProducerQueue = new AtomicInteger();

    /** Round-robin across producers of a topic; a producer keeps the queue for its lifetime. */
    int assignProducerQueue(int queueCount) {
        return Math.floorMod(nextProducerQueue.getAndIncrement(), queueCount);
    }

    /**
     * The queue of a keyed message. String.hashCode is specified by the Java language, so the mapping
     * is stable across runs and JVMs, which keeps a key's messages in one queue after a restart.
     */
    static int queueForKey(String routingKey, int queueCount) {
        return Math.floorMod(routingKey.hashCode(), queueCount);
    }
}
