package io.sluice.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * The consumed offsets of one queue for one group: a committed offset (everything below it is done)
 * plus the done offsets above it, kept as disjoint ranges so that one slow message among many
 * acknowledged ones costs a few entries, not one per message. Invariant: the committed offset is the
 * lowest offset that is not done, so it never passes an unacknowledged message.
 */
final class AckWindow {
    private long committed;
    /** start -> end (exclusive); every start is > committed and ranges neither touch nor overlap. */
    private final TreeMap<Long, Long> doneAbove = new TreeMap<>();
    private long doneAboveCount;

    AckWindow(long committed) {
        this.committed = committed;
    }

    long committed() {
        return committed;
    }

    /** Done offsets above the committed one. */
    long doneAboveCount() {
        return doneAboveCount;
    }

    boolean isDone(long offset) {
        if (offset < committed) {
            return true;
        }
        Map.Entry<Long, Long> floor = doneAbove.floorEntry(offset);
        return floor != null && floor.getValue() > offset;
    }

    /** Marks one offset done; returns false when it already was. */
    boolean markDone(long offset) {
        if (isDone(offset)) {
            return false;
        }
        long start = offset;
        long end = offset + 1;
        Map.Entry<Long, Long> before = doneAbove.floorEntry(offset);
        if (before != null && before.getValue() == offset) {
            start = before.getKey();
            doneAbove.remove(start);
        }
        Long afterEnd = doneAbove.remove(end);
        if (afterEnd != null) {
            end = afterEnd;
        }
        if (start == committed) {
            doneAboveCount -= end - start - 1; // the range after the new offset is now below the committed one
            committed = end;
        } else {
            doneAboveCount += 1;
            doneAbove.put(start, end);
        }
        return true;
    }

    /** Everything below {@code offset} is gone (retention, a topic declared again): treat it as done. */
    void advanceTo(long offset) {
        if (offset <= committed) {
            return;
        }
        committed = offset;
        while (!doneAbove.isEmpty() && doneAbove.firstKey() <= committed) {
            Map.Entry<Long, Long> first = doneAbove.pollFirstEntry();
            doneAboveCount -= first.getValue() - first.getKey();
            committed = Math.max(committed, first.getValue());
        }
    }

    /** The done ranges above the committed offset as "a-b,c-d" (end exclusive), "" when none. */
    String encodeRanges() {
        StringBuilder out = new StringBuilder();
        doneAbove.forEach((s, e) -> out.append(out.length() == 0 ? "" : ",").append(s).append('-').append(e));
        return out.toString();
    }

    static AckWindow decode(long committed, String ranges) {
        AckWindow window = new AckWindow(committed);
        long previousEnd = committed;
        if (!ranges.isEmpty()) {
            for (String range : ranges.split(",")) {
                int dash = range.indexOf('-');
                long start = Long.parseLong(range.substring(0, dash));
                long end = Long.parseLong(range.substring(dash + 1));
                if (start <= previousEnd || end <= start) {
                    throw new IllegalArgumentException("malformed done ranges above " + committed + ": " + ranges);
                }
                window.doneAbove.put(start, end);
                window.doneAboveCount += end - start;
                previousEnd = end;
            }
        }
        return window;
    }
}
