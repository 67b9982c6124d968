package io.sluice.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One preallocated commit-log file covering log positions [base, base + size). */
final class Segment implements AutoCloseable {

    private static final int ZERO_CHUNK = 1 << 20;

    final long base;
    final long size;
    final Path file;
    final FileChannel channel;

    private Segment(long base, long size, Path file, FileChannel channel) {
        this.base = base;
        this.size = size;
        this.file = file;
        this.channel = channel;
    }

    static String fileName(long base) {
        return String.format("%020d.seg", base);
    }

    static boolean isSegmentFile(Path file) {
        return file.getFileName().toString().matches("\\d{20}\\.seg");
    }

    static long baseOf(Path file) {
        return Long.parseLong(file.getFileName().toString().substring(0, 20));
    }

    static Segment open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Segment(baseOf(file), channel.size(), file, channel);
    }

    /**
     * Creates the file filled with zeros, so that later fsyncs of appended data never have to persist block
     * allocation too, and so that unwritten space reads as zero lengths.
     */
    static Segment create(Path directory, long base, int size) throws IOException {
        Path file = directory.resolve(fileName(base));
        Path temporary = directory.resolve(fileName(base) + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocateDirect(Math.min(ZERO_CHUNK, size));
            long written = 0;
            while (written < size) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - written));
                written += channel.write(zeros, written);
            }
            channel.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Directories.fsync(directory);
        return open(file);
    }

    void read(ByteBuffer into, long position) throws IOException {
        long at = position - base;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new StoreException("unexpected end of " + file + " at " + at);
            }
            at += n;
        }
    }

    void write(ByteBuffer from, long position) throws IOException {
        long at = position - base;
        while (from.hasRemaining()) {
            at += channel.write(from, at);
        }
    }

    long end() {
        return base + size;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
