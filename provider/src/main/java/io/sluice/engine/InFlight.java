package io.sluice.engine;

/** A delivery handed to a consumer and not acknowledged or released yet. */
record InFlight(long deliveryId, QueueCursor cursor, Pending pending, Consumer consumer, long ackDeadline) {
}
