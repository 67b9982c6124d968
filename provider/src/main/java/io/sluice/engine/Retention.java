package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueue;
import io.sluice.store.ConsumeQueueStore;
import io.sluice.store.SegmentInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Deletes the commit-log segments nobody needs any more: every group of every topic is past all their
 * messages (committed offsets, hence pending deliveries too), the last checkpoint is past their ack
 * records, and no topic's retention time keeps them. A topic without groups needs nothing.
 *
 * <p>Retention time is applied per segment, by the segment file's modification time (the time of its
 * newest record): a segment younger than the longest retention of any topic is kept. This is
 * conservative: it may keep a segment longer than a topic alone would need, never shorter.
 */
final class Retention {
    private final CommitLog log;
    private final ConsumeQueueStore queues;
    private final TopicRegistry topics;
    private final GroupRegistry groups;
    private final Relocations relocations;
    private final LongSupplier checkpointPosition;
    private final LongSupplier clock;

    Retention(CommitLog log, ConsumeQueueStore queues, TopicRegistry topics, GroupRegistry groups,
              Relocations relocations, LongSupplier checkpointPosition, LongSupplier clock) {
        this.log = log;
        this.queues = queues;
        this.topics = topics;
        this.groups = groups;
        this.relocations = relocations;
        this.checkpointPosition = checkpointPosition;
        this.clock = clock;
    }

    void run() throws IOException {
        long keepFrom = Math.min(checkpointPosition.getAsLong(), Math.min(neededByGroups(), keptByRetentionTime()));
        if (keepFrom <= log.minPosition()) {
            return;
        }
        log.deleteSegmentsBefore(keepFrom);
        trimQueues();
    }

    /** The log position of the oldest message some group has not consumed. */
    private long neededByGroups() throws IOException {
        long needed = Long.MAX_VALUE;
        for (TopicState topic : topics.all()) {
            for (int q = 0; q < topic.queueCount(); q++) {
                long oldest = Long.MAX_VALUE;
                for (Group group : groups.ofTopic(topic.name())) {
                    oldest = Math.min(oldest, group.neededFrom(q));
                }
                needed = Math.min(needed, positionOf(topic.name(), q, oldest));
            }
        }
        return needed;
    }

    /**
     * The lowest log position of the queue's messages from {@code offset} on, MAX_VALUE when there are
     * none: messages never moved lie in log order, so the first of them bounds the rest; moved ones
     * (compaction) are looked up on their own.
     */
    private long positionOf(String topic, int queueId, long offset) throws IOException {
        ConsumeQueue queue = queues.queue(topic, queueId);
        long lowest = relocations.lowestPosition(topic, queueId, offset);
        for (long o = Math.max(offset, queue.minOffset()); o < queue.maxOffset(); o++) {
            ConsumeQueue.Entry entry = queue.get(o);
            if (entry != null && !relocations.isMoved(topic, queueId, o)) {
                return Math.min(lowest, entry.logPosition());
            }
        }
        return lowest;
    }

    private long keptByRetentionTime() throws IOException {
        long longest = 0;
        for (TopicState topic : topics.all()) {
            longest = Math.max(longest, topic.options().retention().toMillis());
        }
        if (longest == 0) {
            return Long.MAX_VALUE;
        }
        long cutoff = clock.getAsLong() - longest;
        for (SegmentInfo segment : log.segments()) {
            if (Files.getLastModifiedTime(segment.file()).toMillis() > cutoff) {
                return segment.basePosition();
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * Consume-queue entries pointing below the log's start are gone for good. Trimming stops at the
     * first entry still stored, and never passes an offset some group has not consumed: after
     * compaction, a moved message may sit behind entries whose records are gone.
     */
    private void trimQueues() throws IOException {
        long logStart = log.minPosition();
        for (String topic : queues.topics()) {
            List<Group> ofTopic = groups.ofTopic(topic);
            for (int q = 0; q < queues.queueCount(topic); q++) {
                ConsumeQueue queue = queues.queue(topic, q);
                long limit = queue.maxOffset();
                for (Group group : ofTopic) {
                    limit = Math.min(limit, group.neededFrom(q));
                }
                long first = queue.minOffset();
                while (first < limit) {
                    ConsumeQueue.Entry entry = queue.get(first);
                    if (entry != null && entry.logPosition() >= logStart) {
                        break;
                    }
                    first++;
                }
                if (first > queue.minOffset()) {
                    queue.deleteBefore(first);
                }
            }
        }
    }
}
