package io.sluice.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of one broker's log store.
 *
 * @param directory                where the commit log and consume queues live
 * @param segmentBytes             size of each preallocated commit-log segment file (default 64 MiB)
 * @param flushPolicy              {@link FlushPolicy#SYNC} (default) or {@link FlushPolicy#ASYNC}
 * @param asyncFlushIntervalMillis fsync period under ASYNC (default 100 ms)
 * @param maxDiskBytes             bytes the commit log may occupy; 0 (default) means unlimited
 */
public record StoreConfig(Path directory, int segmentBytes, FlushPolicy flushPolicy,
                          long asyncFlushIntervalMillis, long maxDiskBytes) {

    public static final int DEFAULT_SEGMENT_BYTES = 64 << 20;
    public static final long DEFAULT_ASYNC_FLUSH_INTERVAL_MILLIS = 100;
    /** Room for a few records plus the end-of-segment marker; smaller segments would mostly hold markers. */
    public static final int MIN_SEGMENT_BYTES = 4096;

    public StoreConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(flushPolicy, "flushPolicy");
        if (segmentBytes < MIN_SEGMENT_BYTES) {
            throw new IllegalArgumentException("segmentBytes must be at least " + MIN_SEGMENT_BYTES + ": " + segmentBytes);
        }
        if (asyncFlushIntervalMillis <= 0) {
            throw new IllegalArgumentException("asyncFlushIntervalMillis must be positive: " + asyncFlushIntervalMillis);
        }
        if (maxDiskBytes < 0) {
            throw new IllegalArgumentException("maxDiskBytes must be 0 (unlimited) or positive: " + maxDiskBytes);
        }
    }

    public static StoreConfig defaults(Path directory) {
        return new StoreConfig(directory, DEFAULT_SEGMENT_BYTES, FlushPolicy.SYNC, DEFAULT_ASYNC_FLUSH_INTERVAL_MILLIS, 0);
    }

    public StoreConfig withSegmentBytes(int bytes) {
        return new StoreConfig(directory, bytes, flushPolicy, asyncFlushIntervalMillis, maxDiskBytes);
    }

    public StoreConfig withFlushPolicy(FlushPolicy policy) {
        return new StoreConfig(directory, segmentBytes, policy, asyncFlushIntervalMillis, maxDiskBytes);
    }

    public StoreConfig withAsyncFlushIntervalMillis(long millis) {
        return new StoreConfig(directory, segmentBytes, flushPolicy, millis, maxDiskBytes);
    }

    public StoreConfig withMaxDiskBytes(long bytes) {
        return new StoreConfig(directory, segmentBytes, flushPolicy, asyncFlushIntervalMillis, bytes);
    }

    Path commitLogDirectory() {
        return directory.resolve("commitlog");
    }
}
