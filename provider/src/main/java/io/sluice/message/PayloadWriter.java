package io.sluice.message;

import java.util.Arrays;

/**
 * Appends the primitives of the message encoding (see docs/protocol.md) to a growing array. Integers are
 * big-endian or LEB128 varints; strings are length-prefixed and encoded one UTF-16 unit at a time in the
 * UTF-8 scheme (as CESU-8 does), so that any Java string, unpaired surrogates included, comes back equal.
 */
final class PayloadWriter {
    private byte[] buffer;
    private int size;

    PayloadWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            long wanted = Math.max((long) buffer.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                if ((long) size + more > Integer.MAX_VALUE - 8) {
                    throw new jakarta.jms.MessageFormatRuntimeException("an encoded message cannot exceed "
                            + (Integer.MAX_VALUE - 8) + " bytes");
                }
                wanted = Integer.MAX_VALUE - 8;
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    void writeShort(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    void writeInt(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    /** Unsigned LEB128: seven bits a byte, low bits first. */
    void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    /** Zigzag, so that small negative numbers stay short. */
    void writeSignedVarLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** What {@link #writeNullableBytes} writes for the bytes written so far to {@code source}. */
    void writeNullableBytes(PayloadWriter source) {
        writeVarLong(source.size + 1L);
        writeRaw(source.buffer, 0, source.size);
    }

    PayloadWriter copy() {
        PayloadWriter copy = new PayloadWriter(size);
        copy.writeRaw(buffer, 0, size);
        return copy;
    }

    /** Length + 1 (0 for null), then the bytes. */
    void writeNullableBytes(byte[] bytes) {
        if (bytes == null) {
            writeVarLong(0);
        } else {
            writeVarLong(bytes.length + 1L);
            writeRaw(bytes, 0, bytes.length);
        }
    }

    /** Encoded byte length + 1 (0 for null), then the bytes. */
    void writeNullableString(String value) {
        if (value == null) {
            writeVarLong(0);
            return;
        }
        int length = value.length();
        long encodedLength = encodedLength(value);
        writeVarLong(encodedLength + 1);
        ensure((int) encodedLength);
        byte[] out = buffer;
        int p = size;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[p++] = (byte) (0xE0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = p;
    }

    private static long encodedLength(String value) {
        long bytes = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 ? 1 : 2;
            }
        }
        return bytes;
    }

    /**
     * A tagged value of a property, map entry or stream field; the caller has checked that its type is one
     * JMS allows there.
     */
    void writeValue(Object value) {
        if (value == null) {
            writeByte(ValueTag.NULL);
        } else if (value instanceof String s) {
            writeByte(ValueTag.STRING);
            writeNullableString(s);
        } else if (value instanceof Integer i) {
            writeByte(ValueTag.INT);
            writeSignedVarLong(i);
        } else if (value instanceof Long l) {
            writeByte(ValueTag.LONG);
            writeSignedVarLong(l);
        } else if (value instanceof Boolean b) {
            writeByte(b ? ValueTag.TRUE : ValueTag.FALSE);
        } else if (value instanceof Double d) {
            writeByte(ValueTag.DOUBLE);
            writeLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof Float f) {
            writeByte(ValueTag.FLOAT);
            writeInt(Float.floatToRawIntBits(f));
        } else if (value instanceof Short s) {
            writeByte(ValueTag.SHORT);
            writeShort(s);
        } else if (value instanceof Byte b) {
            writeByte(ValueTag.BYTE);
            writeByte(b);
        } else if (value instanceof Character c) {
            writeByte(ValueTag.CHAR);
            writeShort(c);
        } else if (value instanceof byte[] bytes) {
            writeByte(ValueTag.BYTES);
            writeNullableBytes(bytes);
        } else {
            throw new IllegalStateException("no encoding for a value of " + value.getClass());
        }
    }
}
