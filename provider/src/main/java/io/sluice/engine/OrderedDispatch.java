package io.sluice.engine;

import java.util.List;

/**
 * ORDERED: queue {@code q} belongs to consumer {@code q mod k} among the {@code k} attached consumers,
 * and a queue hands out a message only while none of its messages is in flight. Ownership therefore
 * moves between messages, never under one, and queue order survives rebalancing and failures.
 */
final class OrderedDispatch implements DispatchPolicy {
    @Override
    public void collect(DispatchRound round) {
        List<Consumer> consumers = round.consumers();
        for (QueueCursor cursor : round.cursors()) {
            if (round.full()) {
                return;
            }
            if (cursor.inFlightCount() > 0) {
                continue;
            }
            Consumer owner = consumers.get(cursor.queueId() % consumers.size());
            if (owner.hasCredit()) {
                collectHead(round, cursor, owner);
            }
        }
    }

    private static void collectHead(DispatchRound round, QueueCursor cursor, Consumer owner) {
        for (Pending pending : cursor.candidates()) {
            if (pending.message().isExpiredAt(round.now())) {
                round.expire(cursor, pending);
                if (cursor.inFlightCount() > 0) {
                    return; // being moved to the expiry topic: it still holds the queue
                }
            } else if (!pending.dueAt(round.now())) {
                return; // a message waiting for its redelivery delay holds the queue: order
            } else if (owner.canTake(pending.message())) {
                round.handOver(cursor, pending, owner);
                return;
            }
        }
    }

    @Override
    public void forget(Consumer consumer) {
        // ownership is recomputed from the attached consumers every round
    }
}
