package io.sluice.protocol;

import io.sluice.client.transport.InboundDelivery;

/** A DELIVERY frame: the consumer it is for, then the {@link InboundDelivery} fields in the record's order. */
public final class DeliveryCodec {

    private DeliveryCodec() {
    }

    public static Frame frame(int consumerId, InboundDelivery delivery) {
        return new FrameWriter().writeInt(consumerId).writeLong(delivery.deliveryId()).writeInt(delivery.queueId())
                .writeLong(delivery.queueOffset()).writeInt(delivery.deliveryCount()).writeBytes(delivery.payload())
                .frame(FrameType.DELIVERY, Protocol.NO_REQUEST);
    }

    /** Reads what follows the consumer id. */
    public static InboundDelivery read(FrameReader in) {
        InboundDelivery delivery = new InboundDelivery(in.readLong(), in.readInt(), in.readLong(), in.readInt(),
                in.readBytes());
        in.end();
        return delivery;
    }
}
