package io.sluice.message;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PayloadWriter} wrote, checking every length against the bytes that remain, so that a
 * truncated or corrupted payload fails with a {@link MalformedPayloadException} naming the offset instead of
 * allocating absurd arrays or yielding a garbage message.
 */
final class PayloadReader {
    private final byte[] data;
    private int position;

    PayloadReader(byte[] data) {
        if (data == null) {
            throw new IllegalArgumentException("the payload to decode is null");
        }
        this.data = data;
    }

    int remaining() {
        return data.length - position;
    }

    MalformedPayloadException malformed(String problem) {
        return new MalformedPayloadException(problem, position);
    }

    private void require(int bytes, String what) {
        if (bytes > data.length - position) {
            throw malformed("truncated: " + what + " needs " + bytes + " bytes but only " + remaining() + " remain");
        }
    }

    int readUnsignedByte(String what) {
        require(1, what);
        return data[position++] & 0xFF;
    }

    short readShort(String what) {
        require(2, what);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return (short) value;
    }

    int readInt(String what) {
        require(4, what);
        int value = ((data[position] & 0xFF) << 24) | ((data[position + 1] & 0xFF) << 16)
                | ((data[position + 2] & 0xFF) << 8) | (data[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    long readLong(String what) {
        long high = readInt(what) & 0xFFFFFFFFL;
        return (high << 32) | (readInt(what) & 0xFFFFFFFFL);
    }

    long readVarLong(String what) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readUnsignedByte(what);
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw malformed(what + " is a varint longer than 10 bytes");
    }

    long readSignedVarLong(String what) {
        long zigzag = readVarLong(what);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    int readSignedVarInt(String what) {
        long value = readSignedVarLong(what);
        if (value != (int) value) {
            throw malformed(what + " " + value + " does not fit an int");
        }
        return (int) value;
    }

    /** A count or length that must not exceed the bytes left, each element taking at least one byte. */
    int readCount(String what) {
        long count = readVarLong(what);
        if (count < 0 || count > remaining()) {
            throw malformed("truncated or corrupted: " + what + " " + Long.toUnsignedString(count)
                    + " exceeds the " + remaining() + " bytes that remain");
        }
        return (int) count;
    }

    /** @return -1 for null, else the length that follows */
    private int readNullableLength(String what) {
        long lengthPlusOne = readVarLong(what);
        if (lengthPlusOne < 0 || lengthPlusOne - 1 > remaining()) {
            throw malformed("truncated: " + what + " of " + Long.toUnsignedString(lengthPlusOne - 1)
                    + " bytes but only " + remaining() + " remain");
        }
        return (int) (lengthPlusOne - 1);
    }

    byte[] readNullableBytes(String what) {
        int length = readNullableLength(what);
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        System.arraycopy(data, position, bytes, 0, length);
        position += length;
        return bytes;
    }

    String readNullableString(String what) {
        int length = readNullableLength(what);
        if (length < 0) {
            return null;
        }
        int end = position + length;
        int ascii = position;
        while (ascii < end && data[ascii] >= 0) {
            ascii++;
        }
        if (ascii == end) {
            String value = new String(data, position, length, StandardCharsets.ISO_8859_1);
            position = end;
            return value;
        }
        return decodeMultiByte(end, what);
    }

    private String decodeMultiByte(int end, String what) {
        char[] chars = new char[end - position];
        int count = 0;
        int p = position;
        while (p < end) {
            int b = data[p] & 0xFF;
            if (b < 0x80) {
                chars[count++] = (char) b;
                p++;
            } else if ((b & 0xE0) == 0xC0 && p + 1 < end && isContinuation(data[p + 1])) {
                chars[count++] = (char) (((b & 0x1F) << 6) | (data[p + 1] & 0x3F));
                p += 2;
            } else if ((b & 0xF0) == 0xE0 && p + 2 < end
                    && isContinuation(data[p + 1]) && isContinuation(data[p + 2])) {
                chars[count++] = (char) (((b & 0x0F) << 12) | ((data[p + 1] & 0x3F) << 6) | (data[p + 2] & 0x3F));
                p += 3;
            } else {
                position = p;
                throw malformed(what + " holds an invalid character encoding");
            }
        }
        position = end;
        return new String(chars, 0, count);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    Object readValue(String what) {
        int tag = readUnsignedByte(what);
        switch (tag) {
            case ValueTag.NULL:
                return null;
            case ValueTag.FALSE:
                return Boolean.FALSE;
            case ValueTag.TRUE:
                return Boolean.TRUE;
            case ValueTag.BYTE:
                return (byte) readUnsignedByte(what);
            case ValueTag.SHORT:
                return readShort(what);
            case ValueTag.CHAR:
                return (char) readShort(what);
            case ValueTag.INT:
                return readSignedVarInt(what);
            case ValueTag.LONG:
                return readSignedVarLong(what);
            case ValueTag.FLOAT:
                return Float.intBitsToFloat(readInt(what));
            case ValueTag.DOUBLE:
                return Double.longBitsToDouble(readLong(what));
            case ValueTag.STRING:
                return requireNonNull(readNullableString(what), what);
            case ValueTag.BYTES:
                return requireNonNull(readNullableBytes(what), what);
            default:
                position--;
                throw malformed(what + " has the unknown value type tag " + tag);
        }
    }

    private <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw malformed(what + " is typed as a non-null value but is null");
        }
        return value;
    }

    String readString(String what) {
        return requireNonNull(readNullableString(what), what);
    }
}
