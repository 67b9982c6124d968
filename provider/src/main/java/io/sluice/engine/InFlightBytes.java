package io.sluice.engine;

import java.util.concurrent.atomic.AtomicLong;

/** Payload bytes held by deliveries not acknowledged yet, engine-wide, against maxInFlightBytes. */
final class InFlightBytes {
    private final long limit;
    private final AtomicLong held = new AtomicLong();

    /** @param limit 0 = unlimited */
    InFlightBytes(long limit) {
        this.limit = limit;
    }

    void add(long bytes) {
        held.addAndGet(bytes);
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }

    /** Fails a send fast while deliveries hold more than the limit. */
    void checkSendAllowed() {
        long now = held.get();
        if (limit > 0 && now >= limit) {
            throw new ResourceLimitException(ResourceLimitException.Limit.IN_FLIGHT_BYTES,
                    "unacknowledged deliveries hold " + now + " bytes, maxInFlightBytes is " + limit
                            + "; acknowledge messages or raise the limit", null);
        }
    }
}
