package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueueStore;
import io.sluice.store.Dispatcher;
import io.sluice.store.LogRecord;
import io.sluice.store.RecordType;
import io.sluice.store.TransactionEntries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dispatch engine on the log store: topics split into queues, producers, consumer groups with
 * durable offsets, deliveries under credit, acknowledgements, redelivery, dead letters, delays,
 * expiry, priorities, retention and limits. Thread-safe. See docs/architecture.md (engine section)
 * for threads, fsync points and file formats.
 */
public final class Engine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    /** Present only between a clean close and the next open: its absence at open means a crash. */
    private static final String CLEAN_MARKER = "clean-shutdown";

    private final EngineConfig config;
    private final CommitLog log;
    private final ConsumeQueueStore queues;
    private final TopicRegistry topics;
    private final GroupRegistry groups;
    private final InFlightBytes inFlightBytes;
    private final ExecutorService deliveryExecutor;
    private final ScheduledExecutorService scheduler;
    private Checkpointer checkpointer;
    private Retention retention;
    private Compactor compactor;
    private final Relocations relocations = new Relocations();
    private Dispatcher dispatcher;
    private MessageAppender appender;
    private final Transactions transactions;
    private volatile boolean closed;

    private Engine(EngineConfig config, CommitLog log, ConsumeQueueStore queues) throws IOException {
        this.config = config;
        this.log = log;
        this.queues = queues;
        this.topics = new TopicRegistry(config.engineDirectory(), queues);
        this.groups = new GroupRegistry(config.engineDirectory(), log, queues);
        this.inFlightBytes = new InFlightBytes(config.maxInFlightBytes());
        this.transactions = new Transactions(log, groups);
        this.deliveryExecutor = Executors.newFixedThreadPool(config.deliveryThreads(), EngineThreads.named("sluice-delivery"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, EngineThreads.named("sluice-engine-timer"));
        // at close, pending wake-ups are dropped but a maintenance round in progress completes uninterrupted
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        timer.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        this.scheduler = timer;
        groups.setServices(new GroupServices(System::currentTimeMillis, this::writeAck, this::forward,
                deliveryExecutor, scheduler, inFlightBytes, new AtomicLong(), config.lookahead(),
                config.ackTimeout().toMillis(), config.redelivery(), groups::abandon));
    }

    /** Opens (creating if needed) the store and recovers topics, durable groups and their offsets. */
    public static Engine open(EngineConfig config) throws IOException {
        Files.createDirectories(config.engineDirectory());
        CommitLog log = CommitLog.open(config.store());
        ConsumeQueueStore queues = null;
        Engine engine = null;
        try {
            queues = ConsumeQueueStore.open(config.consumeQueueDirectory(), log);
            engine = new Engine(config, log, queues);
            engine.recover();
            return engine;
        } catch (IOException | RuntimeException e) {
            if (engine != null) {
                engine.scheduler.shutdownNow();
                engine.deliveryExecutor.shutdownNow();
                if (engine.dispatcher != null) {
                    engine.dispatcher.close();
                }
            }
            if (queues != null) {
                queues.close();
            }
            log.close();
            throw e;
        }
    }

    private void recover() throws IOException {
        Path directory = config.engineDirectory();
        boolean clean = Files.exists(directory.resolve(CLEAN_MARKER));
        AtomicFile.delete(directory.resolve(CLEAN_MARKER));
        CheckpointFile.Checkpoint checkpoint = CheckpointFile.read(directory, log.minPosition());
        for (GroupCatalog.Definition definition : GroupCatalog.read(directory)) {
            CheckpointFile.GroupState state = checkpoint.groups().get(definition.key());
            List<QueueCheckpoint> queuesOfGroup = state != null && state.incarnation() == definition.incarnation() ? state.queues() : null;
            topics.get(definition.topic()).ifPresent(topic -> groups.restore(topic, definition, queuesOfGroup));
        }
        relocations.restore(checkpoint.moves());
        relocations.applyTo(queues);
        AckReplay.replay(log, checkpoint.position(), groups, queues, relocations, transactions);
        if (!clean) {
            groups.all().forEach(Group::markPossiblyDelivered);
        }
        checkpointer = new Checkpointer(directory, log, groups, relocations, transactions::lowestLivePosition,
                checkpoint.position());
        retention = new Retention(log, queues, topics, groups, relocations, checkpointer::writtenPosition, System::currentTimeMillis);
        compactor = new Compactor(log, queues, topics, groups, relocations, checkpointer::writtenPosition);
        dispatcher = new Dispatcher(log, queues);
        dispatcher.addHandler(this::onDispatched);
        dispatcher.start(log.writePosition());
        appender = new MessageAppender(log, dispatcher);
        transactions.dispatcher(dispatcher);
        transactions.finishRecovery();
        long interval = config.checkpointInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::maintain, interval, interval, TimeUnit.MILLISECONDS);
        groups.all().forEach(Group::signal);
    }

    private void onDispatched(long position, int size, LogRecord record, long queueOffset) {
        if (record.type() == RecordType.MESSAGE) {
            for (Group group : groups.ofTopic(record.topic())) {
                group.signal();
            }
        } else if (record.type() == RecordType.TX_COMMIT) {
            Set<String> committedTo = new java.util.HashSet<>();
            TransactionEntries.decode(record.body()).forEach(entry -> committedTo.add(entry.topic()));
            committedTo.forEach(topic -> groups.ofTopic(topic).forEach(Group::signal));
        }
    }

    private void maintain() {
        try {
            checkpointAndApplyRetention();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "checkpoint or retention failed; retrying at the next interval", e);
        }
    }

    /**
     * One maintenance round, run periodically (every checkpointInterval) on the timer thread, and by
     * tests: checkpoint, retention, compaction, always in this order and never concurrently.
     */
    synchronized void checkpointAndApplyRetention() throws IOException {
        checkpointer.tick();
        retention.run();
        compactor.run();
    }

    private CompletableFuture<Void> writeAck(String topic, int queueId, String group, long incarnation, List<Long> offsets) {
        try {
            return log.append(RecordCodec.ack(topic, queueId, group, incarnation, offsets, System.currentTimeMillis()))
                    .thenApply(appended -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<?> forward(String target, StoredMessage message, EngineMessage copy, String sourceTopic) {
        TopicState topic;
        try {
            topic = topics.declareIfAbsent(target, TopicOptions.defaults(config.defaultQueueCount()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        int queue = copy.routingKey() != null
                ? QueueRouting.queueForKey(copy.routingKey(), topic.queueCount())
                : message.queueId() % topic.queueCount();
        return appender.append(target, queue, copy, sourceTopic);
    }

    /**
     * Declares a topic, or updates its options when it exists (idempotent); a larger queue count grows
     * the topic, a smaller one is ignored.
     */
    public TopicHandle declareTopic(String name, TopicOptions options) {
        ensureOpen();
        TopicState topic = topics.declare(name, options);
        groups.ofTopic(name).forEach(Group::signal);
        return new TopicHandle(topic);
    }

    public Optional<TopicHandle> topic(String name) {
        return topics.get(name).map(TopicHandle::new);
    }

    /**
     * Deletes a topic and its groups. Its messages stay on disk until retention removes them; a topic
     * declared again with the same name starts empty.
     *
     * @throws IllegalStateException when a group of the topic has consumers attached
     */
    public void deleteTopic(String name) {
        ensureOpen();
        groups.deleteTopic(name);
        topics.remove(name);
    }

    public Set<String> topicNames() {
        return topics.names();
    }

    /** A producer for a declared topic, assigned one of its queues round-robin. */
    public ProducerHandle createProducer(String topic) {
        ensureOpen();
        return new Producer(topics.require(topic), appender, transactions, inFlightBytes, () -> closed);
    }

    /** Commit, rollback, prepare and recovery of the transactions whose messages producers send as half messages. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * Creates a group, or reopens an existing one (a durable group after a restart: its offsets are kept
     * and the given filter, maxInFlight and attributes replace the old ones).
     *
     * @throws IllegalArgumentException when the topic is not declared
     * @throws IllegalStateException    when the group exists with another mode or durability
     */
    public ConsumerGroup openGroup(String topic, String groupName, GroupOptions options) {
        ensureOpen();
        return groups.open(topics.require(topic), groupName, options);
    }

    /**
     * Like {@link #openGroup}, but a group created by this call starts in each queue at the first message
     * stored at or after {@code startAt} (its {@code options.start()} is not used); an existing group
     * is reopened at its committed offsets.
     */
    public ConsumerGroup openGroup(String topic, String groupName, GroupOptions options, Instant startAt) {
        ensureOpen();
        return groups.openAt(topics.require(topic), groupName, options, startAt.toEpochMilli());
    }

    public Optional<ConsumerGroup> group(String topic, String groupName) {
        return groups.get(topic, groupName).map(g -> g);
    }

    /**
     * Deletes a group and its offsets (durable unsubscribe). Unknown groups are ignored.
     *
     * @throws IllegalStateException when consumers are attached
     */
    public void deleteGroup(String topic, String groupName) {
        ensureOpen();
        groups.delete(topic, groupName);
    }

    /** Admin: every group with its offsets and lag per queue. */
    public Collection<GroupInfo> groups() {
        List<GroupInfo> out = new ArrayList<>();
        for (Group group : groups.all()) {
            out.add(group.info());
        }
        return out;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the engine is closed");
        }
    }

    /**
     * Stops deliveries, writes a final checkpoint and a clean-shutdown marker, and closes the store.
     * Deliveries not acknowledged by then come back flagged as redelivered after the next open.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        groups.all().forEach(Group::engineClosed);
        scheduler.shutdown();
        deliveryExecutor.shutdown();
        try {
            scheduler.awaitTermination(30, TimeUnit.SECONDS); // a maintenance round in progress finishes first
            deliveryExecutor.awaitTermination(10, TimeUnit.SECONDS);
            dispatcher.close();
            CheckpointFile.Checkpoint last = checkpointer.take();
            queues.close();
            log.close();
            checkpointer.write(last);
            Properties marker = new Properties();
            marker.setProperty("closedAt", Long.toString(System.currentTimeMillis()));
            AtomicFile.write(config.engineDirectory().resolve(CLEAN_MARKER), marker);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "close did not complete; the next open recovers as after a crash", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
