package io.sluice.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * All consume queues of a broker. Opening it brings them in line with the commit log: whatever the last checkpoint
 * does not vouch for is dropped and indexed again from the log, so the queues never point past the recovered log
 * and never miss a record in it.
 */
public final class ConsumeQueueStore implements AutoCloseable, QueueOffsetAssigner {

    private static final System.Logger LOG = System.getLogger(ConsumeQueueStore.class.getName());
    private static final String CHECKPOINT = "checkpoint";

    private final Path directory;
    private final CommitLog log;
    private final Map<QueueKey, ConsumeQueue> queues = new ConcurrentHashMap<>();
    /** Next offset per queue as the log writer assigns them; touched only by the writer thread. */
    private final Map<QueueKey, Long> nextOffsets = new HashMap<>();
    /** Every record below this log position is indexed. */
    private long indexedPosition;
    private long checkpointedPosition = -1;

    private ConsumeQueueStore(Path directory, CommitLog log) {
        this.directory = directory;
        this.log = log;
    }

    public static ConsumeQueueStore open(Path directory, CommitLog log) throws IOException {
        Files.createDirectories(directory);
        ConsumeQueueStore store = new ConsumeQueueStore(directory, log);
        store.recover();
        log.assigner(store);
        log.deletionGuard(store::coverDeletion);
        return store;
    }

    private void recover() throws IOException {
        loadQueues();
        IndexCheckpoint checkpoint = IndexCheckpoint.read(directory.resolve(CHECKPOINT));
        long from;
        if (checkpoint != null && checkpoint.logPosition() <= log.writePosition()) {
            for (Map.Entry<QueueKey, ConsumeQueue> entry : queues.entrySet()) {
                entry.getValue().truncate(checkpoint.maxOffsets().getOrDefault(entry.getKey(), Long.MIN_VALUE));
            }
            // Segments deleted since the checkpoint held only records nobody needs: indexing resumes after them.
            from = Math.max(checkpoint.logPosition(), log.minPosition());
        } else {
            // No checkpoint to trust (or the log lost its unflushed tail under ASYNC): keep each queue's entries up
            // to the first one that is unwritten or points past the recovered log, and index the whole log again;
            // indexing by the offsets stored in the records skips what is already there.
            for (ConsumeQueue queue : queues.values()) {
                queue.truncateAtFirstInvalid(log.writePosition());
            }
            from = log.minPosition();
        }
        long end = log.writePosition();
        indexedPosition = from;
        log.scan(from, end, (position, size, decoded) -> index(position, size, decoded),
                e -> LOG.log(System.Logger.Level.ERROR, e.getMessage() + "; skipped while indexing"));
        indexedPosition = end;
        checkpoint();
    }

    private void loadQueues() throws IOException {
        try (Stream<Path> topics = Files.list(directory)) {
            for (Path topicDirectory : topics.filter(Files::isDirectory).toList()) {
                if (!Files.exists(topicDirectory.resolve(TopicDirectories.NAME_FILE))) {
                    continue;
                }
                String topic = TopicDirectories.topicOf(topicDirectory);
                try (Stream<Path> ids = Files.list(topicDirectory)) {
                    for (Path queueDirectory : ids.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                        int queueId = Integer.parseInt(queueDirectory.getFileName().toString());
                        queues.put(new QueueKey(topic, queueId), ConsumeQueue.open(queueDirectory, topic, queueId));
                    }
                }
            }
        }
    }

    /** The queue, created on first use. */
    public ConsumeQueue queue(String topic, int queueId) {
        return queues.computeIfAbsent(new QueueKey(topic, queueId), key -> {
            try {
                Path topicDirectory = TopicDirectories.directoryFor(directory, topic);
                return ConsumeQueue.open(topicDirectory.resolve(Integer.toString(queueId)), topic, queueId);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create consume queue " + topic + "/" + queueId, e);
            }
        });
    }

    public Set<String> topics() {
        Set<String> topics = new java.util.TreeSet<>();
        queues.keySet().forEach(key -> topics.add(key.topic()));
        return topics;
    }

    /** One more than the highest queue id the topic has used. */
    public int queueCount(String topic) {
        return queues.keySet().stream().filter(key -> key.topic().equals(topic)).mapToInt(key -> key.queueId() + 1)
                .max().orElse(0);
    }

    /**
     * Takes the record at {@code position} into the index: MESSAGE records get their consume-queue entry, a
     * TX_COMMIT record one entry per half message it commits. Returns
     * the queue offset, or -1 for records that are not indexed.
     */
    synchronized long index(long position, int size, RecordCodec.Decoded decoded) throws IOException {
        LogRecord record = decoded.record();
        long offset = -1;
        if (record.type() == RecordType.MESSAGE) {
            ConsumeQueue queue = queue(record.topic(), record.queueId());
            offset = decoded.queueOffset() >= 0 ? decoded.queueOffset() : queue.maxOffset();
            queue.put(offset, position, size, record.filterHash());
        } else if (record.type() == RecordType.TX_COMMIT) {
            // the half messages of a committed transaction become visible where they were written
            for (TransactionEntries.Entry entry : TransactionEntries.decode(record.body())) {
                queue(entry.topic(), entry.queueId()).put(entry.queueOffset(), entry.position(), entry.size(),
                        entry.filterHash());
            }
        }
        indexedPosition = position + size;
        return offset;
    }

    /** Makes the queues durable and records that they hold every record indexed so far. */
    synchronized void checkpoint() throws IOException {
        if (checkpointedPosition == indexedPosition) {
            return;
        }
        Map<QueueKey, Long> offsets = new HashMap<>();
        for (Map.Entry<QueueKey, ConsumeQueue> entry : queues.entrySet()) {
            entry.getValue().force();
            offsets.put(entry.getKey(), entry.getValue().maxOffset());
        }
        new IndexCheckpoint(indexedPosition, offsets).write(directory.resolve(CHECKPOINT));
        checkpointedPosition = indexedPosition;
    }

    /**
     * Entries of records in segments about to be deleted could no longer be rebuilt from the log, so the
     * checkpoint must vouch for them first.
     */
    private synchronized void coverDeletion(long upTo) throws IOException {
        if (checkpointedPosition < upTo) {
            checkpoint();
        }
    }

    @Override
    public long assign(String topic, int queueId) {
        QueueKey key = new QueueKey(topic, queueId);
        long next = nextOffsets.computeIfAbsent(key, k -> queue(topic, queueId).maxOffset());
        nextOffsets.put(key, next + 1);
        return next;
    }

    @Override
    public void release(String topic, int queueId) {
        nextOffsets.computeIfPresent(new QueueKey(topic, queueId), (key, next) -> next - 1);
    }

    @Override
    public void close() throws IOException {
        for (ConsumeQueue queue : queues.values()) {
            queue.close();
        }
    }
}
