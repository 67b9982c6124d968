package io.sluice.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * The index of one queue of one topic: entry i (the message at queue offset i) says where its record lies in the
 * commit log. Entries are fixed-size (log position 8, size 4, filter hash 4, reserved 4 bytes) and live in files
 * of {@link #ENTRIES_PER_FILE} entries named by their first offset, so retention deletes whole files.
 */
public final class ConsumeQueue implements AutoCloseable {

    public record Entry(long queueOffset, long logPosition, int size, int filterHash) {
    }

    static final int ENTRY_BYTES = 20;
    static final int ENTRIES_PER_FILE = 1 << 18;
    private static final System.Logger LOG = System.getLogger(ConsumeQueue.class.getName());

    private final Path directory;
    private final String topic;
    private final int queueId;
    private final ConcurrentSkipListMap<Long, FileChannel> files = new ConcurrentSkipListMap<>();
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(ENTRY_BYTES);
    private volatile long minOffset;
    private volatile long maxOffset;
    /**
     * Guarded by this: written or truncated since the last {@link #force()}. A broker has a queue per destination
     * and queue id, most of them idle, and fsyncing all of them at every checkpoint would hold up the dispatcher.
     */
    private boolean unforced;

    private ConsumeQueue(Path directory, String topic, int queueId) {
        this.directory = directory;
        this.topic = topic;
        this.queueId = queueId;
    }

    static ConsumeQueue open(Path directory, String topic, int queueId) throws IOException {
        Files.createDirectories(directory);
        ConsumeQueue queue = new ConsumeQueue(directory, topic, queueId);
        queue.load();
        return queue;
    }

    private void load() throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().matches("\\d{20}\\.cq")).sorted().toList()) {
                long first = Long.parseLong(file.getFileName().toString().substring(0, 20));
                files.put(first, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
            }
        }
        if (files.isEmpty()) {
            return;
        }
        minOffset = files.firstKey();
        Map.Entry<Long, FileChannel> last = files.lastEntry();
        long entries = last.getValue().size() / ENTRY_BYTES;
        maxOffset = last.getKey() + entries;
        // a partly written entry from a crash is dropped; the dispatcher writes it again from the log
        last.getValue().truncate(entries * ENTRY_BYTES);
    }

    /** Appends an entry at the end of the queue and returns its queue offset. */
    public synchronized long append(long logPosition, int size, int filterHash) throws IOException {
        long offset = maxOffset;
        put(offset, logPosition, size, filterHash);
        return offset;
    }

    /**
     * Indexes the record whose queue offset the log assigned. An offset already indexed is ignored, so dispatching
     * the same part of the log twice (recovery) changes nothing.
     */
    synchronized void put(long offset, long logPosition, int size, int filterHash) throws IOException {
        if (offset < maxOffset) {
            return;
        }
        if (files.isEmpty()) {
            minOffset = offset;
            maxOffset = offset;
        }
        while (maxOffset < offset) {
            LOG.log(System.Logger.Level.WARNING, "queue " + topic + "/" + queueId + " has no record for offset "
                    + maxOffset + " (lost to corruption); it is left empty");
            write(maxOffset, -1, 0, 0);
            maxOffset++;
        }
        write(offset, logPosition, size, filterHash);
        maxOffset = offset + 1;
    }

    private void write(long offset, long logPosition, int size, int filterHash) throws IOException {
        long first = offset - Math.floorMod(offset - fileBase(), ENTRIES_PER_FILE);
        FileChannel channel = files.get(first);
        if (channel == null) {
            Path file = directory.resolve(String.format("%020d.cq", first));
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            files.put(first, channel);
        }
        unforced = true;
        writeBuffer.clear();
        writeBuffer.putLong(logPosition).putInt(size).putInt(filterHash).putInt(0).flip();
        long at = (offset - first) * ENTRY_BYTES;
        while (writeBuffer.hasRemaining()) {
            at += channel.write(writeBuffer, at);
        }
    }

    /** File boundaries are multiples of ENTRIES_PER_FILE counted from the queue's first file. */
    private long fileBase() {
        return files.isEmpty() ? minOffset : files.firstKey();
    }

    /** The entry at {@code queueOffset}, or null when it is not (yet, or any more) in the queue. */
    public Entry get(long queueOffset) throws IOException {
        if (queueOffset < minOffset || queueOffset >= maxOffset) {
            return null;
        }
        Map.Entry<Long, FileChannel> file = files.floorEntry(queueOffset);
        if (file == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(ENTRY_BYTES);
        long at = (queueOffset - file.getKey()) * ENTRY_BYTES;
        try {
            while (bytes.hasRemaining()) {
                if (file.getValue().read(bytes, at + bytes.position()) < 0) {
                    return null;
                }
            }
        } catch (java.nio.channels.ClosedChannelException deletedMeanwhile) {
            return null;
        }
        return new Entry(queueOffset, bytes.getLong(0), bytes.getInt(8), bytes.getInt(12));
    }

    public long minOffset() {
        return minOffset;
    }

    /** The offset the next entry gets. */
    public long maxOffset() {
        return maxOffset;
    }

    /** Points an entry at the copy of its record that compaction wrote further on in the log. */
    public synchronized void relocate(long queueOffset, long newLogPosition, int size) throws IOException {
        Entry entry = get(queueOffset);
        if (entry == null) {
            throw new StoreException("queue " + topic + "/" + queueId + " has no entry at offset " + queueOffset);
        }
        write(queueOffset, newLogPosition, size, entry.filterHash());
    }

    /** Forgets entries below {@code queueOffset}; whole files go, and the file holding the newest entries stays. */
    public synchronized void deleteBefore(long queueOffset) throws IOException {
        long limit = Math.min(queueOffset, maxOffset);
        if (limit <= minOffset) {
            return;
        }
        minOffset = limit;
        for (Map.Entry<Long, FileChannel> file : files.entrySet()) {
            long next = file.getKey() + ENTRIES_PER_FILE;
            if (next > limit || file.getKey().equals(files.lastKey())) {
                break;
            }
            files.remove(file.getKey());
            file.getValue().close();
            Files.deleteIfExists(directory.resolve(String.format("%020d.cq", file.getKey())));
        }
    }

    /** Drops every entry at or above {@code newMaxOffset}: recovery undoes what a checkpoint does not vouch for. */
    synchronized void truncate(long newMaxOffset) throws IOException {
        if (newMaxOffset >= maxOffset) {
            return;
        }
        unforced = true;
        for (Map.Entry<Long, FileChannel> file : files.descendingMap().entrySet()) {
            long first = file.getKey();
            if (first >= newMaxOffset) {
                files.remove(first);
                file.getValue().close();
                Files.deleteIfExists(directory.resolve(String.format("%020d.cq", first)));
            } else {
                file.getValue().truncate((newMaxOffset - first) * ENTRY_BYTES);
                break;
            }
        }
        maxOffset = Math.max(newMaxOffset, minOffset);
        if (files.isEmpty()) {
            minOffset = maxOffset;
        }
    }

    /** Drops the entries from the first one that was never written or that points at or past {@code logEnd}. */
    synchronized void truncateAtFirstInvalid(long logEnd) throws IOException {
        for (long offset = minOffset; offset < maxOffset; offset++) {
            Entry entry = get(offset);
            boolean unwritten = entry == null || (entry.logPosition() == 0 && entry.size() == 0);
            if (unwritten || entry.logPosition() >= logEnd) {
                truncate(offset);
                return;
            }
        }
    }

    /** Fsyncs the queue's files if anything was written since the last call; a write racing with it is forced next time. */
    void force() throws IOException {
        synchronized (this) {
            if (!unforced) {
                return;
            }
            unforced = false;
        }
        try {
            for (FileChannel channel : files.values()) {
                channel.force(false);
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                unforced = true;
            }
            throw e;
        }
    }

    synchronized boolean hasUnforcedChanges() {
        return unforced;
    }

    String topic() {
        return topic;
    }

    int queueId() {
        return queueId;
    }

    @Override
    public synchronized void close() throws IOException {
        for (FileChannel channel : files.values()) {
            channel.force(false);
            channel.close();
        }
        files.clear();
    }
}
