package io.sluice.client.transport;

import io.sluice.engine.Delivery;

/**
 * A message the broker pushed to a consumer: the encoded message plus what the client needs to
 * acknowledge or release it. {@code queueId} and {@code queueOffset} say where it sits in the
 * broker, which stays the same across redeliveries while {@code deliveryId} does not.
 */
public record InboundDelivery(long deliveryId, int queueId, long queueOffset, int deliveryCount, byte[] payload) {

    public static InboundDelivery of(Delivery delivery) {
        return new InboundDelivery(delivery.deliveryId(), delivery.queueId(), delivery.queueOffset(),
                delivery.deliveryCount(), delivery.message().payload());
    }
}
