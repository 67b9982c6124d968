package io.sluice.engine;

import java.util.Arrays;

/** A declared topic: its options, where each queue starts for this declaration, and its producer routing. */
final class TopicState {
    private final String name;
    private volatile TopicOptions options;
    /** Per queue: offsets below belong to an earlier, deleted topic of the same name. */
    private volatile long[] baseOffsets;
    private final QueueRouting routing = new QueueRouting();
    private volatile boolean deleted;

    TopicState(String name, TopicOptions options, long[] baseOffsets) {
        this.name = name;
        this.options = options;
        this.baseOffsets = baseOffsets.clone();
    }

    String name() {
        return name;
    }

    TopicOptions options() {
        return options;
    }

    int queueCount() {
        return options.queueCount();
    }

    long baseOffset(int queueId) {
        long[] bases = baseOffsets;
        return queueId < bases.length ? bases[queueId] : 0;
    }

    long[] baseOffsets() {
        return baseOffsets.clone();
    }

    /** Applies options declared again; queues only ever grow (new queues start at {@code newBases}). */
    void update(TopicOptions newOptions, long[] grownBases) {
        int count = Math.max(options.queueCount(), newOptions.queueCount());
        long[] bases = Arrays.copyOf(baseOffsets, count);
        for (int q = baseOffsets.length; q < count; q++) {
            bases[q] = q < grownBases.length ? grownBases[q] : 0;
        }
        this.baseOffsets = bases;
        this.options = newOptions.withQueueCount(count);
    }

    QueueRouting routing() {
        return routing;
    }

    RedeliveryPolicy redelivery(RedeliveryPolicy engineDefault) {
        RedeliveryPolicy own = options.redelivery();
        return own != null ? own : engineDefault;
    }

    boolean isDeleted() {
        return deleted;
    }

    void markDeleted() {
        deleted = true;
    }
}
