package io.sluice.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The byte layout of a commit-log record (big-endian), documented in docs/architecture.md:
 * <pre>
 *  0 int   total length (this field included)      -1 marks the end of a segment, 0 unwritten space
 *  4 int   CRC32C of bytes [8, total length)
 *  8 byte  magic (0x5C, version 1)
 *  9 byte  record type
 * 10 short flags (0)
 * 12 long  timestamp (epoch ms)
 * 20 long  queue offset (-1 when the record is not indexed)
 * 28 int   queue id
 * 32 short topic length, topic (UTF-8)
 *    short transaction id length, transaction id
 *    short property count, then per property: short key length, key, int value length, value (UTF-8)
 *    int   body length, body
 * </pre>
 */
final class RecordCodec {

    static final int END_OF_SEGMENT = -1;
    static final byte MAGIC = 0x5C;
    static final int HEADER_BYTES = 32;
    static final int MIN_RECORD_BYTES = HEADER_BYTES + 2 + 2 + 2 + 4;
    static final int LENGTH_AND_CRC_BYTES = 8;
    static final int QUEUE_OFFSET_AT = 20;

    private RecordCodec() {
    }

    /** A record turned into bytes once, so that its size is known before it is placed in the log. */
    static final class Encoded {
        final LogRecord record;
        final byte[] topic;
        final byte[][] keys;
        final byte[][] values;
        final int size;

        Encoded(LogRecord record) {
            this.record = record;
            this.topic = utf8(record.topic(), "topic");
            if (record.transactionId().length > Short.MAX_VALUE) {
                throw new IllegalArgumentException("transaction id longer than " + Short.MAX_VALUE + " bytes");
            }
            Map<String, String> properties = record.properties();
            if (properties.size() > Short.MAX_VALUE) {
                throw new IllegalArgumentException("more than " + Short.MAX_VALUE + " properties");
            }
            keys = new byte[properties.size()][];
            values = new byte[properties.size()][];
            long total = HEADER_BYTES + 2L + topic.length + 2 + record.transactionId().length + 2 + 4 + record.body().length;
            int i = 0;
            for (Map.Entry<String, String> property : properties.entrySet()) {
                keys[i] = utf8(property.getKey(), "property name");
                values[i] = property.getValue().getBytes(StandardCharsets.UTF_8);
                total += 2 + keys[i].length + 4 + values[i].length;
                i++;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("record of " + total + " bytes is too large");
            }
            this.size = (int) total;
        }

        /** Writes the record at the buffer's position; the CRC covers the queue offset, so it is computed here. */
        void writeTo(ByteBuffer buffer, long queueOffset) {
            int start = buffer.position();
            buffer.putInt(size).putInt(0).put(MAGIC).put((byte) record.type().ordinal()).putShort((short) 0)
                    .putLong(record.timestamp()).putLong(queueOffset).putInt(record.queueId());
            buffer.putShort((short) topic.length).put(topic);
            buffer.putShort((short) record.transactionId().length).put(record.transactionId());
            buffer.putShort((short) keys.length);
            for (int i = 0; i < keys.length; i++) {
                buffer.putShort((short) keys[i].length).put(keys[i]).putInt(values[i].length).put(values[i]);
            }
            buffer.putInt(record.body().length).put(record.body());
            buffer.putInt(start + 4, crc(buffer, start + LENGTH_AND_CRC_BYTES, start + size));
        }
    }

    static int crc(ByteBuffer buffer, int from, int to) {
        CRC32C crc = new CRC32C();
        ByteBuffer slice = buffer.duplicate();
        slice.limit(to).position(from);
        crc.update(slice);
        return (int) crc.getValue();
    }

    /** A decoded record with what only the store sees: its queue offset. */
    record Decoded(LogRecord record, long queueOffset) {
    }

    /**
     * Decodes the record occupying the whole of {@code buffer} (position 0 to limit), or returns null with the
     * problem in {@code problem[0]} when its bytes are not a valid record.
     */
    static Decoded decode(ByteBuffer buffer, String[] problem) {
        int length = buffer.limit();
        if (length < MIN_RECORD_BYTES || buffer.getInt(0) != length) {
            problem[0] = "length field " + (length >= 4 ? buffer.getInt(0) : -1) + " is not a record length";
            return null;
        }
        if (buffer.get(8) != MAGIC) {
            problem[0] = "bad magic byte " + buffer.get(8);
            return null;
        }
        if (buffer.getInt(4) != crc(buffer, LENGTH_AND_CRC_BYTES, length)) {
            problem[0] = "CRC32C mismatch";
            return null;
        }
        RecordType type = RecordType.of(buffer.get(9));
        if (type == null) {
            problem[0] = "unknown record type " + buffer.get(9);
            return null;
        }
        try {
            ByteBuffer in = buffer.duplicate().position(12);
            long timestamp = in.getLong();
            long queueOffset = in.getLong();
            int queueId = in.getInt();
            String topic = string(in, in.getShort());
            byte[] transactionId = bytes(in, in.getShort());
            int count = in.getShort();
            Map<String, String> properties = count == 0 ? Map.of() : new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = string(in, in.getShort());
                properties.put(key, string(in, in.getInt()));
            }
            byte[] body = bytes(in, in.getInt());
            if (in.hasRemaining()) {
                problem[0] = in.remaining() + " bytes after the body";
                return null;
            }
            return new Decoded(new LogRecord(type, timestamp, topic, queueId, transactionId, properties, body), queueOffset);
        } catch (RuntimeException e) {
            // A CRC-valid record with inconsistent inner lengths can only come from a writer bug; report it as corruption.
            problem[0] = "inconsistent field lengths (" + e + ")";
            return null;
        }
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("field length " + length + " exceeds the record");
        }
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static String string(ByteBuffer in, int length) {
        return new String(bytes(in, length), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value, String what) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException(what + " longer than " + Short.MAX_VALUE + " bytes");
        }
        return bytes;
    }
}
