package io.sluice.engine;

import io.sluice.store.ConsumeQueue;
import io.sluice.store.ConsumeQueueStore;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The messages compaction moved and that some group still needs: where each one lives now. The engine
 * does not rely on the consume queue having persisted a relocation: relocations are part of the
 * checkpoint, and the MOVE records written after the checkpoint are replayed, so recovery re-applies
 * every relocation (idempotently) before the old segment's absence could matter.
 */
final class Relocations {
    record Key(String topic, int queueId, long offset) {
    }

    record Moved(long position, int size) {
    }

    private final Map<Key, Moved> moved = new ConcurrentHashMap<>();

    void restore(Map<Key, Moved> checkpointed) {
        moved.putAll(checkpointed);
    }

    void record(Key key, Moved to) {
        moved.put(key, to);
    }

    boolean isMoved(String topic, int queueId, long offset) {
        return moved.containsKey(new Key(topic, queueId, offset));
    }

    /** The lowest position a moved message of the queue at or above {@code fromOffset} lives at. */
    long lowestPosition(String topic, int queueId, long fromOffset) {
        long lowest = Long.MAX_VALUE;
        for (Map.Entry<Key, Moved> e : moved.entrySet()) {
            Key k = e.getKey();
            if (k.queueId() == queueId && k.offset() >= fromOffset && k.topic().equals(topic)) {
                lowest = Math.min(lowest, e.getValue().position());
            }
        }
        return lowest;
    }

    Map<Key, Moved> snapshot() {
        return new HashMap<>(moved);
    }

    /** Forgets the moved messages nobody needs any more. */
    void prune(BiPredicate<Key, Moved> stillNeeded) {
        moved.entrySet().removeIf(e -> !stillNeeded.test(e.getKey(), e.getValue()));
    }

    /** Points the consume queues at the moved copies (recovery). */
    void applyTo(ConsumeQueueStore queues) throws IOException {
        for (Map.Entry<Key, Moved> e : moved.entrySet()) {
            relocate(queues, e.getKey(), e.getValue());
        }
    }

    static void relocate(ConsumeQueueStore queues, Key key, Moved to) throws IOException {
        ConsumeQueue queue = queues.queue(key.topic(), key.queueId());
        ConsumeQueue.Entry entry = queue.get(key.offset());
        if (entry != null && entry.logPosition() != to.position()) {
            queue.relocate(key.offset(), to.position(), to.size());
        }
    }
}
