package io.sluice.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.sluice.message.SluiceDestination;

import java.nio.charset.StandardCharsets;

/** Builds a frame body from the protocol's value types; {@link FrameReader} reads them back. */
public final class FrameWriter {

    private final ByteBuf out = Unpooled.buffer();

    public FrameWriter writeInt(int value) {
        out.writeInt(value);
        return this;
    }

    public FrameWriter writeLong(long value) {
        out.writeLong(value);
        return this;
    }

    public FrameWriter writeBoolean(boolean value) {
        out.writeBoolean(value);
        return this;
    }

    public FrameWriter writeBytes(byte[] value) {
        out.writeInt(value.length);
        out.writeBytes(value);
        return this;
    }

    /** A null string is written as length -1, so null and "" stay apart. */
    public FrameWriter writeString(String value) {
        if (value == null) {
            out.writeInt(-1);
        } else {
            writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Kind, name and (for a temporary destination) the creating connection's id; null as kind -1. */
    public FrameWriter writeDestination(SluiceDestination destination) {
        if (destination == null) {
            out.writeByte(-1);
            return this;
        }
        out.writeByte(destination.kind().ordinal());
        writeString(destination.name());
        return writeString(destination.connectionId());
    }

    public byte[] toBytes() {
        return ByteBufUtil.getBytes(out);
    }

    public Frame frame(FrameType type, int requestId) {
        return new Frame(type, requestId, toBytes());
    }
}
