package io.sluice.engine;

import java.util.Map;

/**
 * The consumed state of one queue of one group as of a checkpoint.
 *
 * @param doneRanges             done offsets above the committed one, as {@link AckWindow#encodeRanges()}
 * @param attempts               counted deliveries of unconsumed messages that have any
 * @param possiblyDeliveredBelow after an unclean shutdown, offsets below may have been delivered
 */
record QueueCheckpoint(int queueId, long committed, String doneRanges, Map<Long, Integer> attempts,
                       long possiblyDeliveredBelow) {

    QueueCursor toCursor(QueueSource source) {
        QueueCursor cursor = new QueueCursor(queueId, source, AckWindow.decode(committed, doneRanges));
        cursor.restoreAttempts(attempts, possiblyDeliveredBelow);
        return cursor;
    }
}
