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
     * Creates the file. Under SYNC it is filled with zeros, so that the fsync of every small batch never also has to
     * persist block allocation. Under ASYNC it is only extended (a sparse file, which reads as zeros too): its
     * periodic fsync covers many megabytes at once, so allocating blocks as they are written costs little, while
     * zero-filling would write every byte of the log twice and halve the bandwidth left to appends.
     */
    static Segment create(Path directory, long base, int size, FlushPolicy policy) throws IOException {
        Path file = directory.resolve(fileName(base));
        Path temporary = directory.resolve(fileName(base) + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            if (policy == FlushPolicy.SYNC) {
                writeZeros(channel, size);
            } else {
                // one zero byte at the end sets the length; everything before it is a hole that reads as zeros
                channel.write(ByteBuffer.allocate(1), size - 1);
            }
            channel.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Directories.fsync(directory);
        return open(file);
    }

    private static void writeZeros(FileChannel channel, int size) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect(Math.min(ZERO_CHUNK, size));
        long written = 0;
        while (written < size) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), size - written));
            written += channel.write(zeros, written);
        }
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
