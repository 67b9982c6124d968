package io.sluice.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CONCURRENT: queues take turns, one message each per turn, so a busy queue does not starve the
 * others; a message goes to its key's pinned consumer (JMS message groups) or round-robin to a
 * consumer with credit whose filter matches; a message nobody matches stays for later consumers, and
 * one waiting for its redelivery delay holds up nothing.
 */
final class ConcurrentDispatch implements DispatchPolicy {
    /** A routing key stays with the consumer that got its first message while that consumer lives. */
    private final Map<String, Consumer> pins = new HashMap<>();
    private int nextConsumer;
    private int nextQueue;

    @Override
    public void collect(DispatchRound round) {
        List<QueueCursor> cursors = round.cursors();
        List<Iterator<Pending>> candidates = new ArrayList<>();
        for (QueueCursor cursor : cursors) {
            candidates.add(cursor.candidates().iterator());
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < cursors.size(); i++) {
                if (round.full() || !anyHasCredit(round.consumers())) {
                    return;
                }
                int q = (nextQueue + i) % cursors.size();
                progress |= collectOne(round, cursors.get(q), candidates.get(q));
            }
            nextQueue = (nextQueue + 1) % cursors.size();
        }
    }

    private boolean collectOne(DispatchRound round, QueueCursor cursor, Iterator<Pending> candidates) {
        while (candidates.hasNext()) {
            Pending pending = candidates.next();
            if (pending.message().isExpiredAt(round.now())) {
                round.expire(cursor, pending);
            } else if (pending.dueAt(round.now())) {
                Consumer consumer = choose(round.consumers(), pending.message());
                if (consumer != null) {
                    round.handOver(cursor, pending, consumer);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyHasCredit(List<Consumer> consumers) {
        for (Consumer consumer : consumers) {
            if (consumer.hasCredit()) {
                return true;
            }
        }
        return false;
    }

    /** The pinned consumer of the message's key (or nobody while it lacks credit), else the next that can take it. */
    private Consumer choose(List<Consumer> consumers, EngineMessage message) {
        String key = message.routingKey();
        Consumer pinned = key == null ? null : pins.get(key);
        if (pinned != null) {
            return pinned.canTake(message) ? pinned : null;
        }
        int count = consumers.size();
        for (int i = 0; i < count; i++) {
            Consumer candidate = consumers.get((nextConsumer + i) % count);
            if (candidate.canTake(message)) {
                nextConsumer = (nextConsumer + i + 1) % count;
                if (key != null) {
                    pins.put(key, candidate);
                }
                return candidate;
            }
        }
        return null;
    }

    @Override
    public void forget(Consumer consumer) {
        pins.values().removeIf(consumer::equals);
    }
}
