package io.sluice.engine;

import io.sluice.store.AppendResult;
import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueue;
import io.sluice.store.ConsumeQueueStore;
import io.sluice.store.LogRecord;
import io.sluice.store.RecordType;
import io.sluice.store.SegmentInfo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps disk use proportional to live data: when the oldest segment is held only by a few messages
 * some group has not consumed (a queue nobody reads), those messages are copied to the end of the log
 * as MOVE records and their consume-queue entries relocated, after which retention deletes the segment.
 *
 * <p>Crash safety: the copies are appended and durable before any entry is relocated, and the old
 * segment stays until retention finds no group needing it; relocations are recorded in
 * {@link Relocations}, which is checkpointed, and MOVE records above the checkpoint are replayed at
 * recovery. A crash at any point therefore leaves every needed message reachable, either at its old
 * place (segment not deleted yet) or at its copy (relocation checkpointed or replayed). Compaction,
 * checkpoints and retention all run on the one maintenance thread, so they never interleave.
 */
final class Compactor {
    /** The oldest segment is compacted when at most this percentage of its bytes is still needed. */
    static final int MAX_LIVE_PERCENT = 25;
    /** A segment with more needed messages than this is left alone: not "a few". */
    static final int MAX_MOVES = 10_000;
    private static final String MOVED_OFFSET = "qo";
    private static final long MOVE_TIMEOUT_SECONDS = 60;

    private record Live(Relocations.Key key, ConsumeQueue.Entry entry) {
    }

    private final CommitLog log;
    private final ConsumeQueueStore queues;
    private final TopicRegistry topics;
    private final GroupRegistry groups;
    private final Relocations relocations;
    private final java.util.function.LongSupplier checkpointPosition;

    Compactor(CommitLog log, ConsumeQueueStore queues, TopicRegistry topics, GroupRegistry groups, Relocations relocations,
              java.util.function.LongSupplier checkpointPosition) {
        this.log = log;
        this.queues = queues;
        this.topics = topics;
        this.groups = groups;
        this.relocations = relocations;
        this.checkpointPosition = checkpointPosition;
    }

    static long movedOffset(LogRecord move) {
        return Long.parseLong(move.properties().get(MOVED_OFFSET));
    }

    void run() throws IOException {
        relocations.prune((key, moved) -> neededByAnyGroup(key.topic(), key.queueId(), key.offset()));
        List<SegmentInfo> segments = log.segments();
        if (segments.size() < 3) {
            return; // the newest segments are being written or just were: nothing old to compact
        }
        SegmentInfo oldest = segments.get(0);
        if (oldest.endPosition() > checkpointPosition.getAsLong()) {
            return; // recovery still reads it (ack records, a live transaction): retention could not delete it
        }
        List<Live> live = liveMessages(oldest);
        if (live == null || live.isEmpty()) {
            return; // too many to be worth it, or none: retention deletes the segment by itself
        }
        long liveBytes = live.stream().mapToLong(l -> l.entry().size()).sum();
        if (liveBytes * 100 > (oldest.endPosition() - oldest.basePosition()) * MAX_LIVE_PERCENT) {
            return;
        }
        move(live);
    }

    /** The messages in the segment some group still needs; null when there are too many. */
    private List<Live> liveMessages(SegmentInfo segment) throws IOException {
        List<Live> live = new ArrayList<>();
        for (TopicState topic : topics.all()) {
            List<Group> ofTopic = groups.ofTopic(topic.name());
            for (int q = 0; q < topic.queueCount() && !ofTopic.isEmpty(); q++) {
                ConsumeQueue queue = queues.queue(topic.name(), q);
                long from = Long.MAX_VALUE;
                for (Group group : ofTopic) {
                    from = Math.min(from, group.neededFrom(q));
                }
                for (long o = Math.max(from, queue.minOffset()); o < queue.maxOffset(); o++) {
                    ConsumeQueue.Entry entry = queue.get(o);
                    if (entry == null || entry.logPosition() < segment.basePosition()) {
                        continue;
                    }
                    if (entry.logPosition() >= segment.endPosition()) {
                        if (relocations.isMoved(topic.name(), q, o)) {
                            continue;
                        }
                        break; // entries that were never moved lie in log order
                    }
                    if (neededByAnyGroup(topic.name(), q, o)) {
                        live.add(new Live(new Relocations.Key(topic.name(), q, o), entry));
                        if (live.size() > MAX_MOVES) {
                            return null;
                        }
                    }
                }
            }
        }
        return live;
    }

    private boolean neededByAnyGroup(String topic, int queueId, long offset) {
        for (Group group : groups.ofTopic(topic)) {
            if (group.needs(queueId, offset)) {
                return true;
            }
        }
        return false;
    }

    /** Appends every copy, waits until all are durable, then relocates: never an entry without its record. */
    private void move(List<Live> live) throws IOException {
        List<CompletableFuture<AppendResult>> copies = new ArrayList<>();
        for (Live l : live) {
            LogRecord original = log.read(l.entry().logPosition());
            Map<String, String> properties = new HashMap<>(original.properties());
            properties.put(MOVED_OFFSET, Long.toString(l.key().offset()));
            copies.add(log.append(new LogRecord(RecordType.MOVE, original.timestamp(), original.topic(),
                    original.queueId(), original.transactionId(), properties, original.body())));
        }
        try {
            CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new)).get(MOVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("compaction could not copy live messages; the segment stays as it is", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = 0; i < live.size(); i++) {
            AppendResult copy = copies.get(i).join();
            Relocations.Moved to = new Relocations.Moved(copy.position(), copy.size());
            relocations.record(live.get(i).key(), to);
            Relocations.relocate(queues, live.get(i).key(), to);
        }
    }
}
