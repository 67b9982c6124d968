package io.sluice.protocol;

import io.sluice.message.DestinationKind;
import io.sluice.message.SluiceDestination;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the values {@link FrameWriter} wrote. A body too short for what its frame type holds, or
 * holding an impossible value, is a {@link ProtocolException}.
 */
public final class FrameReader {

    private static final DestinationKind[] KINDS = DestinationKind.values();

    private final ByteBuffer in;

    FrameReader(byte[] body) {
        this.in = ByteBuffer.wrap(body);
    }

    public int readInt() {
        try {
            return in.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    public long readLong() {
        try {
            return in.getLong();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    private byte readByte() {
        try {
            return in.get();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    public byte[] readBytes() {
        return readBytes(readInt());
    }

    private byte[] readBytes(int length) {
        if (length < 0 || length > in.remaining()) {
            throw new ProtocolException("a value of " + length + " bytes does not fit in the " + in.remaining()
                    + " bytes left in the frame");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    public String readString() {
        int length = readInt();
        return length == -1 ? null : new String(readBytes(length), StandardCharsets.UTF_8);
    }

    public SluiceDestination readDestination() {
        int kind = readByte();
        if (kind == -1) {
            return null;
        }
        if (kind < 0 || kind >= KINDS.length) {
            throw new ProtocolException("unknown destination kind " + kind);
        }
        String name = readString();
        String connectionId = readString();
        try {
            return SluiceDestination.create(KINDS[kind], name, connectionId);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(e.getMessage());
        }
    }

    /** Trailing bytes mean the peer and this side disagree on the frame's layout. */
    public void end() {
        if (in.hasRemaining()) {
            throw new ProtocolException(in.remaining() + " unexpected bytes at the end of the frame");
        }
    }

    private static ProtocolException truncated() {
        return new ProtocolException("the frame ends before the value it should hold");
    }
}
