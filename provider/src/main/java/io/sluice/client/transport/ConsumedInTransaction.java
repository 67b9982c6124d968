package io.sluice.client.transport;

import java.util.List;

/** Deliveries of one consumer that a transaction acknowledges when it commits. */
public record ConsumedInTransaction(BrokerConsumer consumer, List<Long> deliveryIds) {
    public ConsumedInTransaction {
        deliveryIds = List.copyOf(deliveryIds);
    }
}
