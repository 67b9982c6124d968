package io.sluice.benchmarks.store;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * The disk's own limits, measured in the same run as the log so the log's figures can be read as a fraction of
 * them: how many 4 KiB write+fdatasync pairs per second, and sequential write bandwidth in 1 MiB writes.
 */
@State(Scope.Thread)
public class DiskBenchmark {

    private static final int FILE_BYTES = 256 << 20;
    private static final int FLUSH_EVERY_BYTES = 64 << 20;

    private ScratchDirectory scratch;
    private FileChannel channel;
    private final ByteBuffer page = ByteBuffer.allocateDirect(4096);
    private final ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20);
    private long position;

    @Setup(Level.Trial)
    public void open() throws IOException {
        scratch = new ScratchDirectory("disk");
        channel = FileChannel.open(scratch.path.resolve("probe"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        // preallocated like a log segment, so fdatasync measures data, not block allocation
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        for (long at = 0; at < FILE_BYTES; at += zeros.capacity()) {
            zeros.clear();
            channel.write(zeros, at);
        }
        channel.force(true);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        channel.close();
        scratch.close();
    }

    /** One op = a 4 KiB write at the next position followed by fdatasync. */
    @Benchmark
    public void fsync4KiB() throws IOException {
        page.clear();
        channel.write(page, position);
        channel.force(false);
        position = (position + page.capacity()) % FILE_BYTES;
    }

    /** One op = 1 MiB written sequentially; fdatasync every 64 MiB so the page cache cannot absorb it all. */
    @Benchmark
    public void sequentialWrite1MiB() throws IOException {
        chunk.clear();
        channel.write(chunk, position);
        position = (position + chunk.capacity()) % FILE_BYTES;
        if (position % FLUSH_EVERY_BYTES == 0) {
            channel.force(false);
        }
    }
}
