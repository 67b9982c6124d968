package io.sluice.engine;

import io.sluice.store.StoreConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Engine settings; immutable. {@link #defaults(Path)} gives:
 * <ul>
 *   <li>{@code store}: {@code StoreConfig.defaults(dir)} (SYNC flush, 64 MiB segments, no disk limit);
 *       the engine keeps its own files in {@code dir/engine} and the consume queues in {@code dir/consumequeue}</li>
 *   <li>{@code defaultQueueCount} 4: queues of a topic declared on demand (dead-letter and expiry topics)
 *       or by a JMS destination without explicit options</li>
 *   <li>{@code redelivery}: {@link RedeliveryPolicy#defaults()} (10 deliveries, then "DLQ"; no delay)</li>
 *   <li>{@code maxInFlightBytes} 0 = unlimited: payload bytes held by unacknowledged deliveries beyond
 *       which sends fail with {@link ResourceLimitException}</li>
 *   <li>{@code checkpointInterval} 1 s: how often group offsets are checkpointed, which bounds the ack
 *       records replayed on recovery; also how often retention runs</li>
 *   <li>{@code ackTimeout} {@link Duration#ZERO} = off: a delivery not acknowledged within it is
 *       redelivered with its delivery count raised (JMS consumers may legitimately hold messages long,
 *       e.g. CLIENT_ACKNOWLEDGE, so this is opt-in)</li>
 *   <li>{@code deliveryThreads} 2: threads pushing deliveries to sinks, shared by all groups</li>
 *   <li>{@code lookahead} 256: messages per queue and group loaded ahead of delivery; priorities are
 *       ordered within this window only</li>
 * </ul>
 */
public record EngineConfig(StoreConfig store, int defaultQueueCount, RedeliveryPolicy redelivery,
                           long maxInFlightBytes, Duration checkpointInterval, Duration ackTimeout,
                           int deliveryThreads, int lookahead) {

    public static final int DEFAULT_QUEUE_COUNT = 4;

    public EngineConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(redelivery, "redelivery");
        if (defaultQueueCount < 1 || defaultQueueCount > QueueRouting.MAX_QUEUES) {
            throw new IllegalArgumentException("defaultQueueCount must be 1-" + QueueRouting.MAX_QUEUES + ", was " + defaultQueueCount);
        }
        if (maxInFlightBytes < 0) {
            throw new IllegalArgumentException("maxInFlightBytes must be >= 0 (0 = unlimited), was " + maxInFlightBytes);
        }
        requirePositive(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        if (ackTimeout.isNegative()) {
            throw new IllegalArgumentException("ackTimeout must not be negative (ZERO = off)");
        }
        if (deliveryThreads < 1) {
            throw new IllegalArgumentException("deliveryThreads must be at least 1, was " + deliveryThreads);
        }
        if (lookahead < 1) {
            throw new IllegalArgumentException("lookahead must be at least 1, was " + lookahead);
        }
    }

    /** The contract's original components; the others take their defaults. */
    public EngineConfig(StoreConfig store, int defaultQueueCount, RedeliveryPolicy redelivery,
                        long maxInFlightBytes, Duration checkpointInterval) {
        this(store, defaultQueueCount, redelivery, maxInFlightBytes, checkpointInterval, Duration.ZERO, 2, 256);
    }

    public static EngineConfig defaults(Path dir) {
        return new EngineConfig(StoreConfig.defaults(dir), DEFAULT_QUEUE_COUNT, RedeliveryPolicy.defaults(), 0,
                Duration.ofSeconds(1));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    Path engineDirectory() {
        return store.directory().resolve("engine");
    }

    Path consumeQueueDirectory() {
        return store.directory().resolve("consumequeue");
    }

    public EngineConfig withStore(StoreConfig s) {
        return new EngineConfig(s, defaultQueueCount, redelivery, maxInFlightBytes, checkpointInterval, ackTimeout, deliveryThreads, lookahead);
    }

    public EngineConfig withDefaultQueueCount(int n) {
        return new EngineConfig(store, n, redelivery, maxInFlightBytes, checkpointInterval, ackTimeout, deliveryThreads, lookahead);
    }

    public EngineConfig withRedelivery(RedeliveryPolicy r) {
        return new EngineConfig(store, defaultQueueCount, r, maxInFlightBytes, checkpointInterval, ackTimeout, deliveryThreads, lookahead);
    }

    public EngineConfig withMaxInFlightBytes(long b) {
        return new EngineConfig(store, defaultQueueCount, redelivery, b, checkpointInterval, ackTimeout, deliveryThreads, lookahead);
    }

    public EngineConfig withCheckpointInterval(Duration d) {
        return new EngineConfig(store, defaultQueueCount, redelivery, maxInFlightBytes, d, ackTimeout, deliveryThreads, lookahead);
    }

    public EngineConfig withAckTimeout(Duration d) {
        return new EngineConfig(store, defaultQueueCount, redelivery, maxInFlightBytes, checkpointInterval, d, deliveryThreads, lookahead);
    }

    public EngineConfig withDeliveryThreads(int n) {
        return new EngineConfig(store, defaultQueueCount, redelivery, maxInFlightBytes, checkpointInterval, ackTimeout, n, lookahead);
    }

    public EngineConfig withLookahead(int n) {
        return new EngineConfig(store, defaultQueueCount, redelivery, maxInFlightBytes, checkpointInterval, ackTimeout, deliveryThreads, n);
    }
}
