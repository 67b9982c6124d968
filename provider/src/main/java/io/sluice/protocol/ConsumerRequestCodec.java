package io.sluice.protocol;

import io.sluice.broker.ConsumerRequest;

/** A {@link ConsumerRequest} in a CREATE_CONSUMER frame, fields in the record's order. */
public final class ConsumerRequestCodec {

    private ConsumerRequestCodec() {
    }

    public static void write(FrameWriter out, ConsumerRequest request) {
        out.writeDestination(request.destination()).writeString(request.selector()).writeBoolean(request.noLocal())
                .writeString(request.subscriptionName()).writeBoolean(request.durable())
                .writeBoolean(request.shared());
    }

    /** Java evaluates the arguments left to right, which is the order they were written in. */
    public static ConsumerRequest read(FrameReader in) {
        return new ConsumerRequest(in.readDestination(), in.readString(), in.readBoolean(), in.readString(),
                in.readBoolean(), in.readBoolean());
    }
}
