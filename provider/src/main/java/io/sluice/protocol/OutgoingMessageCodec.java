package io.sluice.protocol;

import io.sluice.broker.OutgoingMessage;

/** An {@link OutgoingMessage} in a SEND frame, fields in the record's order. */
public final class OutgoingMessageCodec {

    private OutgoingMessageCodec() {
    }

    public static void write(FrameWriter out, OutgoingMessage message) {
        out.writeDestination(message.destination()).writeBytes(message.payload()).writeBoolean(message.persistent())
                .writeInt(message.priority()).writeLong(message.deliverAt()).writeLong(message.expireAt())
                .writeString(message.groupId());
    }

    /** Java evaluates the arguments left to right, which is the order they were written in. */
    public static OutgoingMessage read(FrameReader in) {
        return new OutgoingMessage(in.readDestination(), in.readBytes(), in.readBoolean(), in.readInt(),
                in.readLong(), in.readLong(), in.readString());
    }
}
