package io.sluice.engine;

import java.util.Comparator;

/** A message of a cursor's backlog: loaded, visible to the group, waiting for a consumer. */
final class Pending {
    /** Higher priority first; among equal priorities, queue order. */
    static final Comparator<Pending> DELIVERY_ORDER = Comparator
            .comparingInt((Pending p) -> -p.message().priority())
            .thenComparingLong(Pending::offset);

    final StoredMessage stored;
    /** Counted deliveries so far; the next delivery has deliveryCount = attempts + 1. */
    int attempts;
    /** Redelivery backoff: not handed out before this epoch milli. */
    long notBefore;

    Pending(StoredMessage stored, int attempts) {
        this.stored = stored;
        this.attempts = attempts;
    }

    long offset() {
        return stored.offset();
    }

    EngineMessage message() {
        return stored.message();
    }

    boolean dueAt(long now) {
        return notBefore <= now;
    }
}
