package io.sluice.broker;

import io.sluice.engine.TransactionAck;

import java.util.List;

/** What a session consumed from one of its consumers inside a transaction: acknowledged when it commits. */
public record ConsumedDeliveries(ClientConsumer consumer, List<Long> deliveryIds) {
    public ConsumedDeliveries {
        deliveryIds = List.copyOf(deliveryIds);
    }

    static List<TransactionAck> toEngine(List<ConsumedDeliveries> consumed) {
        return consumed.stream().map(c -> new TransactionAck(c.consumer().engineHandle(), c.deliveryIds())).toList();
    }
}
