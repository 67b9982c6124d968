package io.sluice.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What the consume queues vouch for: every record below {@code logPosition} is indexed, and each queue's files,
 * fsynced before this was written, hold exactly {@code maxOffsets} entries. Recovery trusts nothing beyond it.
 * Layout: int magic, long log position, int count, per queue (short topic length, topic, int queue id,
 * long max offset), int CRC32C of everything before it.
 */
record IndexCheckpoint(long logPosition, Map<QueueKey, Long> maxOffsets) {

    private static final int MAGIC = 0x51C3C0DE;
    private static final System.Logger LOG = System.getLogger(IndexCheckpoint.class.getName());

    void write(Path file) throws IOException {
        int size = 4 + 8 + 4 + 4;
        for (QueueKey key : maxOffsets.keySet()) {
            size += 2 + key.topic().getBytes(StandardCharsets.UTF_8).length + 4 + 8;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.putInt(MAGIC).putLong(logPosition).putInt(maxOffsets.size());
        for (Map.Entry<QueueKey, Long> entry : maxOffsets.entrySet()) {
            byte[] topic = entry.getKey().topic().getBytes(StandardCharsets.UTF_8);
            buffer.putShort((short) topic.length).put(topic).putInt(entry.getKey().queueId()).putLong(entry.getValue());
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        Directories.writeAtomically(file, buffer.array());
    }

    /** The checkpoint in {@code file}, or null when there is none or it cannot be trusted. */
    static IndexCheckpoint read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file));
        try {
            CRC32C crc = new CRC32C();
            crc.update(buffer.array(), 0, buffer.limit() - 4);
            if (buffer.getInt(0) != MAGIC || buffer.getInt(buffer.limit() - 4) != (int) crc.getValue()) {
                LOG.log(System.Logger.Level.WARNING, file + " is damaged; consume queues are rebuilt from the log");
                return null;
            }
            buffer.position(4);
            long position = buffer.getLong();
            int count = buffer.getInt();
            Map<QueueKey, Long> offsets = new HashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] topic = new byte[buffer.getShort()];
                buffer.get(topic);
                offsets.put(new QueueKey(new String(topic, StandardCharsets.UTF_8), buffer.getInt()), buffer.getLong());
            }
            return new IndexCheckpoint(position, offsets);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, file + " is damaged (" + e + "); consume queues are rebuilt from the log");
            return null;
        }
    }
}
