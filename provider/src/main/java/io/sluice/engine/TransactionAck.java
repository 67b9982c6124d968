package io.sluice.engine;

import java.util.List;

/** Deliveries one consumer acknowledges inside a transaction; they are acknowledged when it commits. */
public record TransactionAck(ConsumerHandle consumer, List<Long> deliveryIds) {
    public TransactionAck {
        deliveryIds = List.copyOf(deliveryIds);
    }
}
