package io.sluice.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Creates the next segment in the background while the current one is still being written, so that a roll
 * does not stall appends for the time it takes to write a whole segment of zeros (see {@link Segment#create}).
 */
final class SegmentAllocator implements AutoCloseable {

    private final Path directory;
    private final int segmentBytes;
    private final FlushPolicy policy;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sluice-segment-allocator");
        thread.setDaemon(true);
        return thread;
    });
    private long preparedBase = -1;
    private CompletableFuture<Segment> prepared;

    SegmentAllocator(Path directory, int segmentBytes, FlushPolicy policy) {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
        this.policy = policy;
    }

    /** Starts preparing the segment at {@code base} unless that is already under way. Called by the writer thread. */
    void prepare(long base) {
        if (preparedBase == base) {
            return;
        }
        preparedBase = base;
        prepared = CompletableFuture.supplyAsync(() -> {
            try {
                return Segment.create(directory, base, segmentBytes, policy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, executor);
    }

    /** The segment at {@code base}, prepared ahead of time if possible. */
    Segment take(long base) throws IOException {
        prepare(base);
        CompletableFuture<Segment> future = prepared;
        preparedBase = -1;
        prepared = null;
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while preparing segment " + base, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            throw new StoreException("could not create segment " + Segment.fileName(base) + ": " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        if (prepared != null) {
            prepared.thenAccept(segment -> {
                try {
                    segment.close();
                } catch (IOException ignored) {
                    // the file is an empty spare; the next open reuses or recreates it
                }
            });
        }
    }
}
