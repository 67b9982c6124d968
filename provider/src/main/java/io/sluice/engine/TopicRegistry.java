package io.sluice.engine;

import io.sluice.store.ConsumeQueueStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The declared topics, persisted in the topic catalog. */
final class TopicRegistry {
    private final Path directory;
    private final ConsumeQueueStore queues;
    private final Map<String, TopicState> topics = new ConcurrentHashMap<>();

    TopicRegistry(Path directory, ConsumeQueueStore queues) throws IOException {
        this.directory = directory;
        this.queues = queues;
        for (TopicState topic : TopicCatalog.read(directory)) {
            topics.put(topic.name(), topic);
        }
    }

    /** Declares or updates a topic; a topic declared again after deletion starts after its old messages. */
    synchronized TopicState declare(String name, TopicOptions options) {
        TopicNames.requireValid(name);
        java.util.Objects.requireNonNull(options, "options");
        TopicState existing = topics.get(name);
        TopicState result;
        if (existing == null) {
            result = new TopicState(name, options, currentEnds(name, options.queueCount()));
            topics.put(name, result);
        } else {
            existing.update(options, currentEnds(name, Math.max(options.queueCount(), existing.queueCount())));
            result = existing;
        }
        persist();
        return result;
    }

    /** Declares the topic with {@code defaults} unless it exists (dead-letter and expiry topics). */
    TopicState declareIfAbsent(String name, TopicOptions defaults) {
        TopicState existing = topics.get(name);
        return existing != null ? existing : declareMissing(name, defaults);
    }

    private synchronized TopicState declareMissing(String name, TopicOptions defaults) {
        TopicState existing = topics.get(name);
        return existing != null ? existing : declare(name, defaults);
    }

    private long[] currentEnds(String name, int queueCount) {
        long[] ends = new long[queueCount];
        if (!queues.topics().contains(name)) {
            return ends; // never stored anything: no need to create its queues now
        }
        for (int q = 0; q < queueCount; q++) {
            ends[q] = queues.queue(name, q).maxOffset();
        }
        return ends;
    }

    Optional<TopicState> get(String name) {
        return Optional.ofNullable(topics.get(name));
    }

    TopicState require(String name) {
        TopicState topic = topics.get(name);
        if (topic == null) {
            throw new IllegalArgumentException("topic '" + name + "' is not declared");
        }
        return topic;
    }

    synchronized void remove(String name) {
        TopicState topic = topics.remove(name);
        if (topic != null) {
            topic.markDeleted();
            persist();
        }
    }

    Set<String> names() {
        return new TreeSet<>(topics.keySet());
    }

    Collection<TopicState> all() {
        return topics.values();
    }

    private void persist() {
        try {
            TopicCatalog.write(directory, topics.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the topic catalog in " + directory, e);
        }
    }
}
