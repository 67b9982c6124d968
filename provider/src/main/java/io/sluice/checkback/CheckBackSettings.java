package io.sluice.checkback;

import java.time.Duration;
import java.util.Objects;

/**
 * When the broker checks back undecided transactions: a transaction undecided for {@code checkAfter} is checked,
 * then again every {@code checkInterval} while it stays undecided, at most {@code maxChecks} times; after that it
 * is in doubt and waits for an administrator.
 */
public record CheckBackSettings(Duration checkAfter, Duration checkInterval, int maxChecks) {

    /** RocketMQ's defaults: checked after 6 s, every 60 s, 15 times. */
    public static final CheckBackSettings DEFAULTS = new CheckBackSettings(Duration.ofSeconds(6),
            Duration.ofSeconds(60), 15);

    public CheckBackSettings {
        Objects.requireNonNull(checkAfter, "checkAfter");
        Objects.requireNonNull(checkInterval, "checkInterval");
        if (checkAfter.isNegative()) {
            throw new IllegalArgumentException("checkAfter must not be negative, was " + checkAfter);
        }
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("checkInterval must be positive, was " + checkInterval);
        }
        if (maxChecks < 0) {
            throw new IllegalArgumentException("maxChecks must not be negative, was " + maxChecks);
        }
    }
}
