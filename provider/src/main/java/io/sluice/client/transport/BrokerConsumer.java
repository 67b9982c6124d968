package io.sluice.client.transport;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** The client's view of one consumer on the broker: credit, acknowledgements, redelivery. */
public interface BrokerConsumer extends AutoCloseable {

    /** Lets the broker push that many more messages. */
    void grantCredit(int messages);

    /** Whether the broker holds messages this consumer's group has not consumed (some may be in flight elsewhere). */
    boolean hasBacklog();

    /** Completes when the acknowledgement is durable. */
    CompletableFuture<Void> ack(long deliveryId);

    CompletableFuture<Void> ackAll(Collection<Long> deliveryIds);

    /** Gives a delivery back for redelivery; {@code countAsDelivery} raises its delivery count. */
    void release(long deliveryId, boolean countAsDelivery);

    /** Unacknowledged deliveries go back to the broker. */
    @Override
    void close();
}
