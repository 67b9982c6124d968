package io.sluice.broker;

import io.sluice.checkback.CheckBackSettings;
import io.sluice.store.FlushPolicy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * How an embedded broker is started. {@code securityConfig} null means open access.
 * {@code keepAlive} false closes the broker when its last connection closes.
 * {@code orderedQueues} names the JMS queues consumed in ORDERED mode (one consumer per engine
 * queue at a time, strict order); every other queue is CONCURRENT.
 * {@code checkBack} says when undecided transactions of transactional producers are checked back.
 */
public record BrokerConfig(String name, Path dataDir, FlushPolicy flushPolicy, int queueCount, long maxDiskBytes,
                           int segmentBytes, Path securityConfig, boolean keepAlive, Set<String> orderedQueues,
                           CheckBackSettings checkBack) {

    public static final int DEFAULT_QUEUE_COUNT = 4;
    public static final int DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;

    public BrokerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(flushPolicy, "flushPolicy");
        if (queueCount < 1) {
            throw new IllegalArgumentException("queueCount must be at least 1, was " + queueCount);
        }
        if (maxDiskBytes < 0) {
            throw new IllegalArgumentException("maxDiskBytes must not be negative, was " + maxDiskBytes);
        }
        if (segmentBytes < 4096) {
            throw new IllegalArgumentException("segmentBytes must be at least 4096, was " + segmentBytes);
        }
        orderedQueues = Set.copyOf(orderedQueues);
        Objects.requireNonNull(checkBack, "checkBack");
    }

    /** With the default check-back settings. */
    public BrokerConfig(String name, Path dataDir, FlushPolicy flushPolicy, int queueCount, long maxDiskBytes,
                        int segmentBytes, Path securityConfig, boolean keepAlive, Set<String> orderedQueues) {
        this(name, dataDir, flushPolicy, queueCount, maxDiskBytes, segmentBytes, securityConfig, keepAlive,
                orderedQueues, CheckBackSettings.DEFAULTS);
    }

    public BrokerConfig withCheckBack(CheckBackSettings settings) {
        return new BrokerConfig(name, dataDir, flushPolicy, queueCount, maxDiskBytes, segmentBytes, securityConfig,
                keepAlive, orderedQueues, settings);
    }

    /** The defaults documented in docs/configuration.md: ./data/&lt;name&gt;, SYNC, 4 queues. */
    public static BrokerConfig defaults(String name) {
        return new BrokerConfig(name, Path.of("data", name), FlushPolicy.SYNC, DEFAULT_QUEUE_COUNT, 0,
                DEFAULT_SEGMENT_BYTES, null, false, Set.of());
    }
}
