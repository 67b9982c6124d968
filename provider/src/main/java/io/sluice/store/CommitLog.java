package io.sluice.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The broker's append-only log: preallocated segment files, group-committed appends, CRC-checked reads.
 * Positions are global byte offsets; a segment file is named by the position of its first byte.
 */
public final class CommitLog implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CommitLog.class.getName());

    private final StoreConfig config;
    private final Path directory;
    private final ConcurrentSkipListMap<Long, Segment> segments = new ConcurrentSkipListMap<>();
    private final List<LongConsumer> visibilityListeners = new CopyOnWriteArrayList<>();
    private final SegmentAllocator allocator;
    private final LogWriter writer;
    private final Thread writerThread;
    private final AsyncFlusher flusher;
    private final Thread flusherThread;
    private volatile long minPosition;
    private volatile long writePosition;
    private volatile long durablePosition;
    private volatile boolean closed;
    private volatile SegmentDeletionGuard deletionGuard = upTo -> { };

    private CommitLog(StoreConfig config, List<Segment> recovered, long position) {
        this.config = config;
        this.directory = config.commitLogDirectory();
        recovered.forEach(segment -> segments.put(segment.base, segment));
        this.minPosition = segments.firstKey();
        this.writePosition = position;
        this.durablePosition = position;
        this.allocator = new SegmentAllocator(directory, config.segmentBytes(), config.flushPolicy());
        this.writer = new LogWriter(this, config, allocator, segments.lastEntry().getValue(), position);
        this.writerThread = new Thread(writer, "sluice-commitlog-writer");
        writerThread.setDaemon(true);
        writerThread.start();
        if (config.flushPolicy() == FlushPolicy.ASYNC) {
            this.flusher = new AsyncFlusher(this, writer, config.asyncFlushIntervalMillis());
            this.flusherThread = new Thread(flusher, "sluice-commitlog-flusher");
            flusherThread.setDaemon(true);
            flusherThread.start();
        } else {
            this.flusher = null;
            this.flusherThread = null;
        }
    }

    /** Opens the log, validating its tail by CRC and cutting off a torn last record. */
    public static CommitLog open(StoreConfig config) throws IOException {
        Path directory = config.commitLogDirectory();
        Files.createDirectories(directory);
        List<Segment> recovered = openSegments(directory);
        if (recovered.isEmpty()) {
            recovered.add(Segment.create(directory, 0, config.segmentBytes(), config.flushPolicy()));
        }
        long position = recoverTail(recovered.get(recovered.size() - 1));
        return new CommitLog(config, recovered, position);
    }

    private static List<Segment> openSegments(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path leftover : listing.filter(f -> f.toString().endsWith(".tmp")).toList()) {
                Files.delete(leftover);
            }
        }
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Segment::isSegmentFile).sorted().toList();
        }
        List<Segment> opened = new ArrayList<>();
        for (Path file : files) {
            Segment segment = Segment.open(file);
            if (!opened.isEmpty()) {
                Segment previous = opened.get(opened.size() - 1);
                if (previous.end() != segment.base) {
                    throw new StoreException("commit log segments are not contiguous: " + previous.file + " ends at "
                            + previous.end() + " but " + file + " starts at " + segment.base);
                }
            }
            opened.add(segment);
        }
        // Spare segments preallocated ahead of time hold nothing; the tail to validate is the last one with data.
        while (opened.size() > 1 && isEmpty(opened.get(opened.size() - 1))) {
            Segment spare = opened.remove(opened.size() - 1);
            spare.close();
            Files.delete(spare.file);
        }
        return opened;
    }

    private static boolean isEmpty(Segment segment) throws IOException {
        ByteBuffer first = ByteBuffer.allocate(Integer.BYTES);
        segment.read(first, segment.base);
        return first.getInt(0) == 0;
    }

    /** Walks the last segment record by record; returns the position where the next append goes. */
    private static long recoverTail(Segment segment) throws IOException {
        ByteBuffer bytes = segment.channel.map(FileChannel.MapMode.READ_ONLY, 0, segment.size);
        int offset = 0;
        while (segment.size - offset >= Integer.BYTES) {
            int length = bytes.getInt(offset);
            if (length == RecordCodec.END_OF_SEGMENT) {
                return segment.end();
            }
            RecordCodec.Decoded record = RecordScanner.validAt(bytes, offset);
            if (record != null) {
                offset += length;
                continue;
            }
            int next = RecordScanner.nextValid(bytes, offset + 1);
            if (next < 0) {
                cutTornTail(segment, bytes, offset);
                return segment.base + offset;
            }
            LOG.log(System.Logger.Level.ERROR, "corrupt record at log position " + (segment.base + offset) + " in "
                    + segment.file + " (file offset " + offset + "); the valid records after it at " + (segment.base + next)
                    + " are kept, reads of the corrupt one fail");
            offset = next;
        }
        return segment.end();
    }

    private static void cutTornTail(Segment segment, ByteBuffer bytes, int offset) throws IOException {
        int last = RecordScanner.lastNonZero(bytes);
        if (last < offset) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "cutting off a torn record at log position " + (segment.base + offset)
                + " in " + segment.file + " (" + (last + 1 - offset) + " bytes)");
        segment.write(ByteBuffer.allocate(last + 1 - offset), segment.base + offset);
        segment.channel.force(false);
    }

    /**
     * Appends a record. The future completes once the record is durable (SYNC) or written (ASYNC), and fails with
     * {@link StoreFullException} when it would pass {@code maxDiskBytes}; a failed append leaves nothing behind.
     */
    public CompletableFuture<AppendResult> append(LogRecord record) {
        return submit(record, true);
    }

    /**
     * Appends a record whose loss in a crash is acceptable (a NON_PERSISTENT message): the future completes once
     * it is written, without waiting for the fsync. Readers still see it only once it is durable under SYNC, since
     * visibility is a prefix of the log shared with durable records.
     */
    public CompletableFuture<AppendResult> appendWithoutFsyncWait(LogRecord record) {
        return submit(record, false);
    }

    private CompletableFuture<AppendResult> submit(LogRecord record, boolean awaitFsync) {
        if (closed) {
            return CompletableFuture.failedFuture(new StoreException("commit log is closed"));
        }
        RecordCodec.Encoded encoded;
        try {
            encoded = new RecordCodec.Encoded(record);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new StoreException("record refused: " + e.getMessage(), e));
        }
        return writer.submit(encoded, awaitFsync);
    }

    /** Reads the record that starts at {@code position}. */
    public LogRecord read(long position) throws IOException {
        return readAt(position).record();
    }

    RecordCodec.Decoded readAt(long position) throws IOException {
        Segment segment = segmentHolding(position);
        int length = lengthAt(segment, position);
        return decode(segment, position, length);
    }

    private Segment segmentHolding(long position) throws StoreException {
        if (position < minPosition || position >= writePosition) {
            throw new StoreException("no record at log position " + position + ": the log holds [" + minPosition + ", "
                    + writePosition + ")");
        }
        Map.Entry<Long, Segment> entry = segments.floorEntry(position);
        if (entry == null) {
            throw new StoreException("no segment holds log position " + position);
        }
        return entry.getValue();
    }

    private static int lengthAt(Segment segment, long position) throws IOException {
        if (segment.end() - position < Integer.BYTES) {
            return 0;
        }
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        segment.read(length, position);
        return length.getInt(0);
    }

    private static RecordCodec.Decoded decode(Segment segment, long position, int length) throws IOException {
        if (length < RecordCodec.MIN_RECORD_BYTES || length > segment.end() - position) {
            throw new CorruptRecordException(segment.file, position, "length field " + length + " is not a record length");
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        segment.read(bytes, position);
        bytes.flip();
        String[] problem = new String[1];
        RecordCodec.Decoded decoded = RecordCodec.decode(bytes, problem);
        if (decoded == null) {
            throw new CorruptRecordException(segment.file, position, problem[0]);
        }
        return decoded;
    }

    /** Visits records in order from {@code fromPosition} (a record start) up to {@code toPosition}; stops at corruption. */
    public void scan(long fromPosition, long toPosition, RecordVisitor visitor) throws IOException {
        scan(fromPosition, toPosition, (position, size, decoded) -> visitor.visit(position, size, decoded.record()), null);
    }

    /**
     * Like {@link #scan(long, long, RecordVisitor)}, but reports a corrupt record to {@code onCorrupt} and goes on at
     * the next valid record, so the healthy records around a damaged one stay readable.
     */
    public void scanSkippingCorrupt(long fromPosition, long toPosition, RecordVisitor visitor,
                                    Consumer<CorruptRecordException> onCorrupt) throws IOException {
        scan(fromPosition, toPosition, (position, size, decoded) -> visitor.visit(position, size, decoded.record()), onCorrupt);
    }

    interface DecodedVisitor {
        void visit(long position, int size, RecordCodec.Decoded decoded) throws IOException;
    }

    void scan(long fromPosition, long toPosition, DecodedVisitor visitor, Consumer<CorruptRecordException> onCorrupt)
            throws IOException {
        long position = Math.max(fromPosition, minPosition);
        long end = Math.min(toPosition, writePosition);
        while (position < end) {
            Segment segment = segmentHolding(position);
            int length = lengthAt(segment, position);
            boolean closedSegment = segment.end() <= writePosition && segments.higherKey(segment.base) != null;
            if (length == RecordCodec.END_OF_SEGMENT || (length == 0 && closedSegment)) {
                position = segment.end();
                continue;
            }
            RecordCodec.Decoded decoded;
            try {
                decoded = decode(segment, position, length);
            } catch (CorruptRecordException e) {
                if (onCorrupt == null) {
                    throw e;
                }
                onCorrupt.accept(e);
                position = resynchronise(segment, position);
                continue;
            }
            visitor.visit(position, length, decoded);
            position += length;
        }
    }

    /** The position of the first valid record after a corrupt one at {@code position}, or the segment's end. */
    public long resynchronise(long position) throws IOException {
        return resynchronise(segmentHolding(position), position);
    }

    private long resynchronise(Segment segment, long position) throws IOException {
        ByteBuffer bytes = segment.channel.map(FileChannel.MapMode.READ_ONLY, 0, segment.size);
        int next = RecordScanner.nextValid(bytes, (int) (position - segment.base) + 1);
        return next < 0 ? segment.end() : segment.base + next;
    }

    public long minPosition() {
        return minPosition;
    }

    public long writePosition() {
        return writePosition;
    }

    public long durablePosition() {
        return durablePosition;
    }

    /** What readers may see: the durable position under SYNC, so nothing read can vanish in a crash. */
    public long visiblePosition() {
        return config.flushPolicy() == FlushPolicy.SYNC ? durablePosition : writePosition;
    }

    /** Called from the writer thread whenever {@link #visiblePosition()} advances. */
    public void addVisibilityListener(LongConsumer listener) {
        visibilityListeners.add(listener);
    }

    public void removeVisibilityListener(LongConsumer listener) {
        visibilityListeners.remove(listener);
    }

    public List<SegmentInfo> segments() {
        List<SegmentInfo> infos = new ArrayList<>();
        long write = writePosition;
        for (Segment segment : segments.values()) {
            infos.add(new SegmentInfo(segment.base, Math.min(segment.end(), Math.max(segment.base, write)), segment.file,
                    segment.size));
        }
        return infos;
    }

    /** Deletes every whole segment that ends at or below {@code position}; the segment being written is kept. */
    public void deleteSegmentsBefore(long position) throws IOException {
        deletionGuard.beforeDeleting(position);
        for (Segment segment : segments.values()) {
            if (segment.end() > position || segment == segments.lastEntry().getValue()) {
                break;
            }
            segments.remove(segment.base);
            minPosition = segments.firstKey();
            segment.close();
            Files.deleteIfExists(segment.file);
        }
        Directories.fsync(directory);
    }

    void assigner(QueueOffsetAssigner assigner) {
        writer.assigner(assigner);
    }

    /** Something derived from the log that must be made durable before the records it came from disappear. */
    interface SegmentDeletionGuard {
        void beforeDeleting(long upTo) throws IOException;
    }

    void deletionGuard(SegmentDeletionGuard guard) {
        this.deletionGuard = guard;
    }

    void addSegment(Segment segment) {
        segments.put(segment.base, segment);
    }

    void written(long position) {
        writePosition = position;
        if (config.flushPolicy() == FlushPolicy.ASYNC) {
            notifyVisible(position);
        }
    }

    /** Called by the writer and, under ASYNC, by the flusher: the durable position only ever grows. */
    void durable(long position) {
        synchronized (this) {
            if (position <= durablePosition) {
                return;
            }
            durablePosition = position;
        }
        if (config.flushPolicy() == FlushPolicy.SYNC) {
            notifyVisible(position);
        }
    }

    private void notifyVisible(long position) {
        for (LongConsumer listener : visibilityListeners) {
            try {
                listener.accept(position);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "visibility listener failed", e);
            }
        }
    }

    StoreConfig config() {
        return config;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes and fsyncs everything appended so far, then releases the files. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        join(writerThread);
        if (flusher != null) {
            flusher.close();
            join(flusherThread);
        }
        allocator.close();
        for (Segment segment : segments.values()) {
            try {
                segment.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing " + segment.file + " failed", e);
            }
        }
    }
}
