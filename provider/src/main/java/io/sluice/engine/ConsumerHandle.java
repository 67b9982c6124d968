package io.sluice.engine;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** One attached consumer of a group. Thread-safe. */
public interface ConsumerHandle extends AutoCloseable {
    /** Allows the engine to push at most {@code messages} more deliveries to the sink. */
    void grantCredit(int messages);

    /**
     * Acknowledges a delivery. For a durable group the future completes when the ack record is durable
     * in the commit log; for a non-durable group (nothing to recover) at once. It fails with
     * {@link IllegalStateException} when the delivery is unknown or no longer held by this consumer
     * (already acknowledged, released, or redelivered after an ack timeout). The message counts as
     * consumed at once; a crash before the future completes may keep or lose the acknowledgement.
     */
    CompletableFuture<Void> ack(long deliveryId);

    /** Acknowledges several deliveries with one ack record per queue; fails like {@link #ack}. */
    CompletableFuture<Void> ackAll(Collection<Long> deliveryIds);

    /**
     * Gives a delivery back to the group for redelivery (recover, rollback, a listener that threw).
     * With {@code countAsDelivery} the delivery count is raised, the redelivery delay applies and,
     * past {@code maxDeliveries}, the message goes to the dead-letter topic. Unknown ids are ignored:
     * a release after an ack timeout already gave the message back.
     */
    void release(long deliveryId, boolean countAsDelivery);

    /** Detaches; unacknowledged deliveries go back to the group with their delivery count raised. */
    @Override
    void close();
}
