package io.sluice.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The name of a transacted session's current local transaction. Sends carry it to the broker, which keeps their
 * half messages under it until commit or rollback ends it; the next send then opens the next one.
 */
final class LocalTransaction {
    private final AtomicLong serial = new AtomicLong(1);

    String name() {
        return Long.toString(serial.get());
    }

    /** Ends the current transaction and returns its name. */
    String end() {
        return Long.toString(serial.getAndIncrement());
    }
}
