package io.sluice.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One group's position in one queue: what is consumed ({@link AckWindow}), what is loaded and waiting
 * (the backlog, ordered by priority then offset), what is parked until its delivery time, and what is
 * in flight. Not thread-safe: its group's lock guards it.
 *
 * <p>Memory is bounded by the look-ahead: at most {@code lookahead} messages are loaded into the
 * backlog; messages with a future delivery time are parked as (offset, time) pairs without payload so
 * they never hold up the messages behind them.
 */
final class QueueCursor {
    private record Parked(long offset, long deliverAt) {
    }

    private final int queueId;
    private final QueueSource source;
    private final AckWindow window;
    private long readOffset;
    private final TreeSet<Pending> backlog = new TreeSet<>(Pending.DELIVERY_ORDER);
    private final PriorityQueue<Parked> parked = new PriorityQueue<>((a, b) -> Long.compare(a.deliverAt, b.deliverAt));
    private final Set<Long> inFlight = new HashSet<>();
    /** Counted deliveries of offsets not loaded right now (from a checkpoint). */
    private final Map<Long, Integer> knownAttempts = new HashMap<>();
    /** After an unclean restart: messages below this offset may have been delivered before the crash. */
    private long possiblyDeliveredBelow;

    QueueCursor(int queueId, QueueSource source, AckWindow window) {
        this.queueId = queueId;
        this.source = source;
        this.window = window;
        this.readOffset = window.committed();
    }

    int queueId() {
        return queueId;
    }

    AckWindow window() {
        return window;
    }

    long maxOffset() {
        return source.maxOffset();
    }

    int inFlightCount() {
        return inFlight.size();
    }

    /** Messages not consumed yet, in-flight ones included. */
    long backlogCount() {
        return Math.max(0, source.maxOffset() - window.committed() - window.doneAboveCount());
    }

    void restoreAttempts(Map<Long, Integer> attempts, long possiblyDeliveredBelow) {
        knownAttempts.putAll(attempts);
        this.possiblyDeliveredBelow = Math.max(this.possiblyDeliveredBelow, possiblyDeliveredBelow);
    }

    /**
     * Counted deliveries of every unconsumed message that has any, for the checkpoint. In-flight
     * messages count their current delivery: if the engine stops before they are acknowledged, they
     * were handed out and must come back flagged as redelivered.
     */
    Map<Long, Integer> attemptsSnapshot(Iterable<Pending> inFlightPendings) {
        Map<Long, Integer> snapshot = new HashMap<>(knownAttempts);
        for (Pending p : backlog) {
            if (p.attempts > 0) {
                snapshot.put(p.offset(), p.attempts);
            }
        }
        for (Pending p : inFlightPendings) {
            snapshot.put(p.offset(), p.attempts + 1);
        }
        snapshot.keySet().removeIf(window::isDone);
        return snapshot;
    }

    long possiblyDeliveredBelow() {
        return possiblyDeliveredBelow;
    }

    /**
     * Loads messages up to the look-ahead. Messages the group filter rejects are done at once; messages
     * whose delivery time lies ahead are parked.
     */
    void fill(long now, int lookahead, Predicate<EngineMessage> groupFilter) throws IOException {
        skipRemoved();
        promoteDue(now);
        long end = source.maxOffset();
        while (backlog.size() < lookahead && readOffset < end) {
            long offset = readOffset++;
            if (window.isDone(offset) || inFlight.contains(offset)) {
                continue;
            }
            StoredMessage stored = source.read(offset);
            if (stored == null) {
                window.markDone(offset);
            } else if (!groupFilter.test(stored.message())) {
                window.markDone(offset);
                knownAttempts.remove(offset);
            } else if (!stored.message().isVisibleAt(now)) {
                parked.add(new Parked(offset, stored.message().deliverAt()));
            } else {
                admit(stored);
            }
        }
    }

    /** Retention deleted the oldest entries: they can no longer be consumed. */
    private void skipRemoved() {
        long min = source.minOffset();
        if (window.committed() < min) {
            window.advanceTo(min);
        }
        readOffset = Math.max(readOffset, window.committed());
    }

    private void promoteDue(long now) throws IOException {
        while (!parked.isEmpty() && parked.peek().deliverAt <= now) {
            long offset = parked.poll().offset;
            if (window.isDone(offset) || inFlight.contains(offset)) {
                continue;
            }
            StoredMessage stored = source.read(offset);
            if (stored == null) {
                window.markDone(offset);
            } else {
                admit(stored);
            }
        }
    }

    private void admit(StoredMessage stored) {
        long offset = stored.offset();
        backlog.add(new Pending(stored, attemptsOf(offset)));
        knownAttempts.remove(offset);
    }

    int attemptsOf(long offset) {
        Integer attempts = knownAttempts.get(offset);
        return attempts != null ? attempts : (offset < possiblyDeliveredBelow ? 1 : 0);
    }

    /** A copy of the backlog in delivery order, so that {@link #take} and {@link #discard} may follow. */
    List<Pending> candidates() {
        return new ArrayList<>(backlog);
    }

    /** The candidate leaves the backlog and is in flight (delivered, or being forwarded). */
    void take(Pending pending) {
        backlog.remove(pending);
        inFlight.add(pending.offset());
    }

    /** An in-flight message comes back, e.g. after a release. */
    void giveBack(Pending pending) {
        inFlight.remove(pending.offset());
        if (!window.isDone(pending.offset())) {
            backlog.add(pending);
        }
    }

    /** An in-flight message is consumed (acknowledged, dead-lettered, expired). */
    void complete(long offset) {
        inFlight.remove(offset);
        window.markDone(offset);
    }

    /** A backlog message is consumed without a delivery (expired and dropped). */
    void discard(Pending pending) {
        backlog.remove(pending);
        window.markDone(pending.offset());
    }

    /**
     * A message a prepared transaction acknowledges stays out of delivery, as if in flight, until the transaction
     * ends; {@code attempts} is its delivery count should the transaction roll back.
     */
    void hold(long offset, int attempts) {
        if (!window.isDone(offset)) {
            inFlight.add(offset);
            knownAttempts.put(offset, attempts);
        }
    }

    /** The transaction holding the message rolled back: it is delivered again. */
    void unhold(long offset) throws IOException {
        if (!inFlight.remove(offset) || window.isDone(offset) || offset >= readOffset) {
            return; // not loaded yet: it is read in its turn
        }
        StoredMessage stored = source.read(offset);
        if (stored != null) {
            admit(stored);
        }
    }

    /** Applies an acknowledgement replayed from the log at recovery. */
    void replayDone(long offset) {
        window.markDone(offset);
        knownAttempts.remove(offset);
    }

    /** Forgets what was loaded (the group filter changed); in-flight messages stay in flight. */
    void unload() {
        backlog.clear();
        parked.clear();
        readOffset = window.committed();
    }

    /** The earliest epoch milli at which something parked or backed off becomes deliverable, or MAX_VALUE. */
    long nextDueAt(long now) {
        long next = parked.isEmpty() ? Long.MAX_VALUE : parked.peek().deliverAt;
        for (Pending p : backlog) {
            if (p.notBefore > now) {
                next = Math.min(next, p.notBefore);
            }
        }
        return next;
    }

    /**
     * Up to {@code max} messages available now, in delivery order, without changing anything: the
     * backlog, then the messages beyond the look-ahead read straight from the store.
     */
    List<Pending> browse(long now, Predicate<EngineMessage> visible, int max) throws IOException {
        List<Pending> out = new ArrayList<>();
        for (Pending p : backlog) {
            if (out.size() >= max) {
                return out;
            }
            if (p.dueAt(now) && visible.test(p.message())) {
                out.add(p);
            }
        }
        long end = source.maxOffset();
        for (long offset = Math.max(readOffset, source.minOffset()); offset < end && out.size() < max; offset++) {
            if (window.isDone(offset) || inFlight.contains(offset)) {
                continue;
            }
            StoredMessage stored = source.read(offset);
            if (stored != null && stored.message().isVisibleAt(now) && visible.test(stored.message())) {
                out.add(new Pending(stored, attemptsOf(offset)));
            }
        }
        return out;
    }
}
