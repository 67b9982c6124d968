package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueueStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntToLongFunction;

/** The consumer groups of every topic; durable ones are persisted in the group catalog. */
final class GroupRegistry {
    private final Path directory;
    private final CommitLog log;
    private final ConsumeQueueStore queues;
    private GroupServices services;
    private final Map<GroupKey, Group> groups = new ConcurrentHashMap<>();
    /** The dispatcher looks groups up by topic for every message: keep that lookup direct. */
    private final Map<String, List<Group>> byTopic = new ConcurrentHashMap<>();
    private final Map<GroupKey, GroupCatalog.Definition> durable = new LinkedHashMap<>();

    GroupRegistry(Path directory, CommitLog log, ConsumeQueueStore queues) {
        this.directory = directory;
        this.log = log;
        this.queues = queues;
    }

    void setServices(GroupServices services) {
        this.services = services;
    }

    /** Recovery: brings back a durable group with its checkpointed state (null: none yet). */
    synchronized void restore(TopicState topic, GroupCatalog.Definition definition, List<QueueCheckpoint> checkpoint) {
        GroupOptions options = new GroupOptions(definition.mode(), StartPosition.EARLIEST, true, null,
                definition.maxInFlight(), definition.attributes());
        Map<Integer, QueueCheckpoint> byQueue = new LinkedHashMap<>();
        if (checkpoint != null) {
            checkpoint.forEach(q -> byQueue.put(q.queueId(), q));
        }
        durable.put(definition.key(), definition);
        add(definition.key(), new Group(topic, definition.name(), definition.incarnation(), options, services, queueId -> {
            QueueCheckpoint state = byQueue.get(queueId);
            return state != null ? state.toCursor(source(topic, queueId)) : newCursor(topic, queueId, definition.startOffset(queueId));
        }));
    }

    synchronized Group open(TopicState topic, String name, GroupOptions options) {
        return open(topic, name, options, q -> options.start() == StartPosition.LATEST
                ? queues.queue(topic.name(), q).maxOffset()
                : earliest(topic, q));
    }

    /** Opens a group that, when new, starts in each queue at the first message stored at or after the time. */
    synchronized Group openAt(TopicState topic, String name, GroupOptions options, long epochMillis) {
        return open(topic, name, options, q -> {
            try {
                return StartTimes.firstAtOrAfter(queues.queue(topic.name(), q), log, earliest(topic, q), epochMillis);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot search queue " + q + " of " + topic.name() + " by time", e);
            }
        });
    }

    private long earliest(TopicState topic, int queueId) {
        return Math.max(queues.queue(topic.name(), queueId).minOffset(), topic.baseOffset(queueId));
    }

    private Group open(TopicState topic, String name, GroupOptions options, IntToLongFunction startOf) {
        TopicNames.requireValid(name);
        Objects.requireNonNull(options, "options");
        GroupKey key = new GroupKey(topic.name(), name);
        Group existing = groups.get(key);
        if (existing != null) {
            reopen(existing, options);
            return existing;
        }
        long[] starts = new long[topic.queueCount()];
        for (int q = 0; q < starts.length; q++) {
            starts[q] = startOf.applyAsLong(q);
        }
        long incarnation = options.durable() ? ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE) : 0;
        if (options.durable()) {
            durable.put(key, definition(topic.name(), name, incarnation, options, starts));
            persist();
        }
        Group group = new Group(topic, name, incarnation, options, services,
                queueId -> newCursor(topic, queueId, queueId < starts.length ? starts[queueId] : -1));
        add(key, group);
        return group;
    }

    private void reopen(Group existing, GroupOptions options) {
        GroupOptions current = existing.options();
        if (current.mode() != options.mode() || current.durable() != options.durable()) {
            throw new IllegalStateException("group " + existing.name() + " of topic " + existing.topic()
                    + " exists as " + (current.durable() ? "durable " : "non-durable ") + current.mode()
                    + "; delete it before opening it as " + (options.durable() ? "durable " : "non-durable ") + options.mode());
        }
        existing.reopen(options);
        GroupKey key = new GroupKey(existing.topic(), existing.name());
        GroupCatalog.Definition old = durable.get(key);
        if (old != null && (old.maxInFlight() != options.maxInFlight() || !old.attributes().equals(options.attributes()))) {
            durable.put(key, definition(old.topic(), old.name(), old.incarnation(), options, old.startOffsets()));
            persist();
        }
    }

    private static GroupCatalog.Definition definition(String topic, String name, long incarnation, GroupOptions options,
                                                      long[] starts) {
        return new GroupCatalog.Definition(topic, name, incarnation, options.mode(), options.maxInFlight(),
                options.attributes(), starts);
    }

    /** A cursor at {@code start}, or at the queue's first message of this topic declaration when negative. */
    private QueueCursor newCursor(TopicState topic, int queueId, long start) {
        long from = start >= 0 ? start : topic.baseOffset(queueId);
        return new QueueCursor(queueId, source(topic, queueId), new AckWindow(from));
    }

    private QueueSource source(TopicState topic, int queueId) {
        return new StoreQueueSource(queueId, queues.queue(topic.name(), queueId), log);
    }

    Optional<Group> get(String topic, String name) {
        return Optional.ofNullable(groups.get(new GroupKey(topic, name)));
    }

    synchronized void delete(String topic, String name) {
        GroupKey key = new GroupKey(topic, name);
        Group group = groups.get(key);
        if (group == null) {
            return;
        }
        group.remove();
        drop(key);
        if (durable.remove(key) != null) {
            persist();
        }
    }

    /** A non-durable group lost its last consumer. */
    synchronized void abandon(Group group) {
        GroupKey key = new GroupKey(group.topic(), group.name());
        if (groups.get(key) == group && group.removeIfAbandoned()) {
            drop(key);
        }
    }

    private void add(GroupKey key, Group group) {
        groups.put(key, group);
        byTopic.computeIfAbsent(key.topic(), t -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(group);
    }

    private void drop(GroupKey key) {
        Group group = groups.remove(key);
        List<Group> ofTopic = byTopic.get(key.topic());
        if (group != null && ofTopic != null) {
            ofTopic.remove(group);
        }
    }

    /** Removes the groups of a deleted topic; fails (removing nothing) while any has consumers. */
    synchronized void deleteTopic(String topic) {
        List<Group> ofTopic = new ArrayList<>(ofTopic(topic));
        for (Group group : ofTopic) {
            if (group.info().consumers() > 0) {
                throw new IllegalStateException("topic " + topic + " has active consumers in group " + group.name());
            }
        }
        for (Group group : ofTopic) {
            delete(topic, group.name());
        }
    }

    List<Group> ofTopic(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    Collection<Group> all() {
        return groups.values();
    }

    private void persist() {
        try {
            GroupCatalog.write(directory, durable.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the group catalog in " + directory, e);
        }
    }
}
