package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueue;

import java.io.IOException;

/** Finds where a group starting at a point in time begins: a binary search over a queue's records. */
final class StartTimes {
    private StartTimes() {
    }

    /**
     * The first offset at or above {@code from} whose record was stored at or after {@code epochMillis}
     * (the queue's end when none). Records of a queue are stored in time order; moved copies keep their
     * original timestamp, and entries whose records are gone count as older.
     */
    static long firstAtOrAfter(ConsumeQueue queue, CommitLog log, long from, long epochMillis) throws IOException {
        long low = from;
        long high = queue.maxOffset();
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (storedBefore(queue, log, mid, epochMillis)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean storedBefore(ConsumeQueue queue, CommitLog log, long offset, long epochMillis) throws IOException {
        ConsumeQueue.Entry entry = queue.get(offset);
        if (entry == null || entry.logPosition() < log.minPosition()) {
            return true;
        }
        return log.read(entry.logPosition()).timestamp() < epochMillis;
    }
}
