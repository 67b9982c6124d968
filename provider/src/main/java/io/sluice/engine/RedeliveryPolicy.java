package io.sluice.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens to a message that keeps coming back.
 *
 * @param maxDeliveries     counted deliveries after which the message goes to the dead-letter topic
 *                          instead of back to the group (default 10); applies to ORDERED groups too, so
 *                          a poison message never blocks a queue forever
 * @param initialDelay      delay before the first redelivery (default 0: at once)
 * @param backoffMultiplier factor applied to the delay for each further redelivery (default 2.0)
 * @param maxDelay          cap of the delay (default 1 minute)
 * @param deadLetterTopic   topic receiving dead letters, declared on demand with the engine's default
 *                          options (default "DLQ")
 */
public record RedeliveryPolicy(int maxDeliveries, Duration initialDelay, double backoffMultiplier,
                               Duration maxDelay, String deadLetterTopic) {

    public RedeliveryPolicy {
        if (maxDeliveries < 1) {
            throw new IllegalArgumentException("maxDeliveries must be at least 1, was " + maxDeliveries);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (!(backoffMultiplier >= 1.0)) {
            throw new IllegalArgumentException("backoffMultiplier must be >= 1, was " + backoffMultiplier);
        }
        TopicNames.requireValid(deadLetterTopic);
    }

    public static RedeliveryPolicy defaults() {
        return new RedeliveryPolicy(10, Duration.ZERO, 2.0, Duration.ofMinutes(1), "DLQ");
    }

    public RedeliveryPolicy withMaxDeliveries(int n) {
        return new RedeliveryPolicy(n, initialDelay, backoffMultiplier, maxDelay, deadLetterTopic);
    }

    public RedeliveryPolicy withBackoff(Duration initial, double multiplier, Duration max) {
        return new RedeliveryPolicy(maxDeliveries, initial, multiplier, max, deadLetterTopic);
    }

    public RedeliveryPolicy withDeadLetterTopic(String topic) {
        return new RedeliveryPolicy(maxDeliveries, initialDelay, backoffMultiplier, maxDelay, topic);
    }

    /** Delay before the redelivery that follows the {@code attempts}-th counted delivery (attempts >= 1). */
    public long delayMillis(int attempts) {
        double delay = initialDelay.toMillis() * Math.pow(backoffMultiplier, Math.max(0, attempts - 1));
        return (long) Math.min(delay, maxDelay.toMillis());
    }

    boolean exhausted(int attempts) {
        return attempts >= maxDeliveries;
    }
}
