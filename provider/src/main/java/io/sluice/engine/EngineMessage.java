package io.sluice.engine;

import java.util.Objects;

/**
 * What the engine knows of a message; the payload is opaque (an encoded JMS message).
 *
 * @param routingKey nullable; JMSXGroupID: messages with the same key share a queue and, in a
 *                   CONCURRENT group, a consumer
 * @param priority   0-9, higher first within a queue's visible backlog
 * @param deliverAt  epoch millis before which the message is invisible; 0 = at once
 * @param expireAt   epoch millis from which the message is never delivered; 0 = never
 * @param filterHash an opaque hint kept in the consume queue (e.g. a hash of the JMS type)
 * @param durable    PERSISTENT delivery mode
 */
public record EngineMessage(String routingKey, int priority, long deliverAt, long expireAt,
                            int filterHash, boolean durable, byte[] payload) {

    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 9;

    public EngineMessage {
        Objects.requireNonNull(payload, "payload");
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be 0-9, was " + priority);
        }
        if (deliverAt < 0 || expireAt < 0) {
            throw new IllegalArgumentException("deliverAt and expireAt must be epoch millis or 0, were "
                    + deliverAt + " and " + expireAt);
        }
    }

    /** A durable message of priority 4 without key, delay or expiry. */
    public static EngineMessage of(byte[] payload) {
        return new EngineMessage(null, 4, 0, 0, 0, true, payload);
    }

    public EngineMessage withRoutingKey(String key) {
        return new EngineMessage(key, priority, deliverAt, expireAt, filterHash, durable, payload);
    }

    public EngineMessage withPriority(int p) {
        return new EngineMessage(routingKey, p, deliverAt, expireAt, filterHash, durable, payload);
    }

    public EngineMessage withDeliverAt(long epochMillis) {
        return new EngineMessage(routingKey, priority, epochMillis, expireAt, filterHash, durable, payload);
    }

    public EngineMessage withExpireAt(long epochMillis) {
        return new EngineMessage(routingKey, priority, deliverAt, epochMillis, filterHash, durable, payload);
    }

    public EngineMessage withDurable(boolean d) {
        return new EngineMessage(routingKey, priority, deliverAt, expireAt, filterHash, d, payload);
    }

    public EngineMessage withFilterHash(int hash) {
        return new EngineMessage(routingKey, priority, deliverAt, expireAt, hash, durable, payload);
    }

    boolean isExpiredAt(long now) {
        return expireAt != 0 && now >= expireAt;
    }

    boolean isVisibleAt(long now) {
        return deliverAt <= now;
    }
}
