package io.sluice.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * Per destination options; persisted with the topic.
 *
 * @param queueCount  number of queues, at least 1; declaring again with a larger count grows the
 *                    topic (keyed messages then may land on another queue than before), a smaller
 *                    count is ignored: queues never shrink
 * @param defaultMode mode suggested to the JMS layer for groups of this topic
 * @param retention   how long messages are kept even when every group consumed them;
 *                    {@link Duration#ZERO} (default) = delete as soon as every group is past them
 * @param redelivery  null (default) = the engine's policy
 * @param expiryTopic topic receiving expired messages; null (default) = drop them
 */
public record TopicOptions(int queueCount, ConsumeMode defaultMode, Duration retention,
                           RedeliveryPolicy redelivery, String expiryTopic) {

    public TopicOptions {
        if (queueCount < 1) {
            throw new IllegalArgumentException("queueCount must be at least 1, was " + queueCount);
        }
        if (queueCount > QueueRouting.MAX_QUEUES) {
            throw new IllegalArgumentException("queueCount must be at most " + QueueRouting.MAX_QUEUES + ", was " + queueCount);
        }
        Objects.requireNonNull(defaultMode, "defaultMode");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
        if (expiryTopic != null) {
            TopicNames.requireValid(expiryTopic);
        }
    }

    /** {@code queueCount} queues, CONCURRENT, no retention, engine redelivery policy, expired messages dropped. */
    public static TopicOptions defaults(int queueCount) {
        return new TopicOptions(queueCount, ConsumeMode.CONCURRENT, Duration.ZERO, null, null);
    }

    public TopicOptions withQueueCount(int n) {
        return new TopicOptions(n, defaultMode, retention, redelivery, expiryTopic);
    }

    public TopicOptions withDefaultMode(ConsumeMode mode) {
        return new TopicOptions(queueCount, mode, retention, redelivery, expiryTopic);
    }

    public TopicOptions withRetention(Duration d) {
        return new TopicOptions(queueCount, defaultMode, d, redelivery, expiryTopic);
    }

    public TopicOptions withRedelivery(RedeliveryPolicy policy) {
        return new TopicOptions(queueCount, defaultMode, retention, policy, expiryTopic);
    }

    public TopicOptions withExpiryTopic(String topic) {
        return new TopicOptions(queueCount, defaultMode, retention, redelivery, topic);
    }
}
