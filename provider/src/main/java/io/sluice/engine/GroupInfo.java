package io.sluice.engine;

import java.util.List;

/** Admin view of a consumer group: offsets and lag per queue. */
public record GroupInfo(String topic, String group, ConsumeMode mode, boolean durable, int consumers,
                        List<QueueInfo> queues) {

    /**
     * @param committedOffset every offset below it is consumed
     * @param maxOffset       next offset to be written to the queue
     * @param lag             messages at or above the committed offset not consumed yet
     * @param inFlight        delivered and not acknowledged
     */
    public record QueueInfo(int queueId, long committedOffset, long maxOffset, long lag, int inFlight) {
    }

    public long lag() {
        return queues.stream().mapToLong(QueueInfo::lag).sum();
    }
}
