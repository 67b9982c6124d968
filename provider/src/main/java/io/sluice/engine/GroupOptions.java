package io.sluice.engine;

import java.util.Map;
import java.util.Objects;

/**
 * How a consumer group consumes. Filters are not persisted: the JMS layer keeps what it needs to
 * rebuild them (selector text, noLocal, client id) in {@code attributes} and passes the filter again
 * when it reopens a durable group after a restart.
 *
 * @param filter      group-level filter (topic subscription selector), nullable: non-matching messages
 *                    are skipped and count as consumed for this group
 * @param maxInFlight deliveries of this group not yet acknowledged, at most (default 1000)
 * @param attributes  opaque, persisted with a durable group
 */
public record GroupOptions(ConsumeMode mode, StartPosition start, boolean durable, MessageFilter filter,
                           int maxInFlight, Map<String, String> attributes) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 1000;

    public GroupOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    /** A durable group starting at the earliest message: a JMS queue. */
    public static GroupOptions durable(ConsumeMode mode) {
        return new GroupOptions(mode, StartPosition.EARLIEST, true, null, DEFAULT_MAX_IN_FLIGHT, Map.of());
    }

    /** A non-durable group starting at the end: a non-durable topic subscription. */
    public static GroupOptions transientFromLatest(ConsumeMode mode) {
        return new GroupOptions(mode, StartPosition.LATEST, false, null, DEFAULT_MAX_IN_FLIGHT, Map.of());
    }

    public GroupOptions withStart(StartPosition s) {
        return new GroupOptions(mode, s, durable, filter, maxInFlight, attributes);
    }

    public GroupOptions withFilter(MessageFilter f) {
        return new GroupOptions(mode, start, durable, f, maxInFlight, attributes);
    }

    public GroupOptions withMaxInFlight(int n) {
        return new GroupOptions(mode, start, durable, filter, n, attributes);
    }

    public GroupOptions withAttributes(Map<String, String> a) {
        return new GroupOptions(mode, start, durable, filter, maxInFlight, a);
    }
}
