package io.sluice.store;

import java.nio.ByteBuffer;

/** Finds valid records in the raw bytes of a segment: used by recovery and to resynchronise past a corrupt record. */
final class RecordScanner {

    private RecordScanner() {
    }

    /** The record at {@code offset} if its header and CRC are valid, else null. */
    static RecordCodec.Decoded validAt(ByteBuffer segment, int offset) {
        if (segment.limit() - offset < RecordCodec.MIN_RECORD_BYTES || segment.get(offset + 8) != RecordCodec.MAGIC) {
            return null;
        }
        int length = segment.getInt(offset);
        if (length < RecordCodec.MIN_RECORD_BYTES || length > segment.limit() - offset) {
            return null;
        }
        ByteBuffer record = segment.duplicate().position(offset).limit(offset + length).slice();
        return RecordCodec.decode(record, new String[1]);
    }

    /** The offset of the first valid record at or after {@code from}, or -1 when the rest holds none. */
    static int nextValid(ByteBuffer segment, int from) {
        int last = lastNonZero(segment);
        for (int offset = from; offset <= last; offset++) {
            if (validAt(segment, offset) != null) {
                return offset;
            }
        }
        return -1;
    }

    /** The offset of the last non-zero byte, or -1 when the buffer is all zeros. */
    static int lastNonZero(ByteBuffer segment) {
        int offset = segment.limit() - 1;
        while (offset >= 7 && segment.getLong(offset - 7) == 0L) {
            offset -= 8;
        }
        while (offset >= 0 && segment.get(offset) == 0) {
            offset--;
        }
        return offset;
    }
}
