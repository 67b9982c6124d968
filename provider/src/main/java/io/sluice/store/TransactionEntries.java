package io.sluice.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a TX_COMMIT record: the half messages the commit makes visible, in log order. The log writer gives
 * each entry its queue offset as it places the record, as it does for a MESSAGE record, and the store indexes the
 * entries into their consume queues when it indexes the commit record, so a transaction becomes visible with one
 * record, across destinations, and the consume queues rebuilt from the log get the same offsets.
 * <pre>
 * int count, then per entry: long half position, int half size, int queue id, int filter hash,
 *                            long queue offset (-1 until the writer assigns it), short topic length, topic (UTF-8)
 * </pre>
 */
public final class TransactionEntries {

    /** One half message a commit makes visible. */
    public record Entry(long position, int size, String topic, int queueId, int filterHash, long queueOffset) {
    }

    private static final int OFFSET_AFTER_POSITION = 8 + 4 + 4 + 4;

    private TransactionEntries() {
    }

    public static byte[] encode(List<Entry> entries) {
        List<byte[]> topics = new ArrayList<>(entries.size());
        int size = 4;
        for (Entry entry : entries) {
            byte[] topic = entry.topic().getBytes(StandardCharsets.UTF_8);
            topics.add(topic);
            size += OFFSET_AFTER_POSITION + 8 + 2 + topic.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            out.putLong(entry.position()).putInt(entry.size()).putInt(entry.queueId()).putInt(entry.filterHash())
                    .putLong(-1).putShort((short) topics.get(i).length).put(topics.get(i));
        }
        return out.array();
    }

    public static List<Entry> decode(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        int count = in.getInt();
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long position = in.getLong();
            int size = in.getInt();
            int queueId = in.getInt();
            int filterHash = in.getInt();
            long queueOffset = in.getLong();
            byte[] topic = new byte[in.getShort()];
            in.get(topic);
            entries.add(new Entry(position, size, new String(topic, StandardCharsets.UTF_8), queueId, filterHash,
                    queueOffset));
        }
        return entries;
    }

    /** Writes each entry's queue offset into the body, in entry order; called by the log writer only. */
    static void assignOffsets(byte[] body, QueueOffsetAssigner assigner) {
        ByteBuffer buffer = ByteBuffer.wrap(body);
        int at = 4;
        for (Entry entry : decode(body)) {
            buffer.putLong(at + OFFSET_AFTER_POSITION, assigner.assign(entry.topic(), entry.queueId()));
            at += OFFSET_AFTER_POSITION + 8 + 2 + buffer.getShort(at + OFFSET_AFTER_POSITION + 8);
        }
    }

    /** Takes back the offsets {@link #assignOffsets} gave, last first: the record could not be written. */
    static void releaseOffsets(byte[] body, QueueOffsetAssigner assigner) {
        List<Entry> entries = decode(body);
        for (int i = entries.size() - 1; i >= 0; i--) {
            assigner.release(entries.get(i).topic(), entries.get(i).queueId());
        }
    }
}
