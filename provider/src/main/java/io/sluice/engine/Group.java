package io.sluice.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A consumer group: one {@link QueueCursor} per queue, the attached consumers, the deliveries in
 * flight. All state is guarded by one lock per group; sinks are called by the group's pump after the
 * lock is released, so a sink may ack or grant credit from any thread without deadlock.
 */
final class Group implements ConsumerGroup {
    private static final System.Logger LOG = System.getLogger(Group.class.getName());
    /** Deliveries collected under the lock at a time, to keep ack and credit calls waiting briefly. */
    private static final int BATCH = 64;
    /** Batches per turn on a delivery thread before the group lets other groups have the thread. */
    private static final int BATCHES_PER_SLICE = 4;
    /** Retry delay when forwarding to a dead-letter or expiry topic failed (e.g. the disk is full). */
    private static final long FORWARD_RETRY_MILLIS = 1000;

    private record Handover(Consumer consumer, Delivery delivery) {
    }

    private final Object lock = new Object();
    private final TopicState topic;
    private final String name;
    /** Tells this group from an earlier, deleted one of the same name in checkpoints and ack records. */
    private final long incarnation;
    private final GroupServices services;
    private final IntFunction<QueueCursor> newCursor;
    private final PumpSignal pump;
    private volatile GroupOptions options;
    private final List<QueueCursor> cursors = new ArrayList<>();
    private final List<Consumer> consumers = new ArrayList<>();
    private final Map<Long, InFlight> inFlight = new HashMap<>();
    private final DispatchPolicy policy;
    private long wakeScheduledAt = Long.MAX_VALUE;
    private long earliestAckDeadline = Long.MAX_VALUE;
    private boolean removed;
    private boolean engineClosed;

    /** @param newCursor creates the cursor of a queue the group does not have yet (initially, or when the topic grows) */
    Group(TopicState topic, String name, long incarnation, GroupOptions options, GroupServices services,
          IntFunction<QueueCursor> newCursor) {
        this.topic = topic;
        this.name = name;
        this.incarnation = incarnation;
        this.options = options;
        this.services = services;
        this.newCursor = newCursor;
        this.pump = new PumpSignal(services.deliveryExecutor(), this::pumpSlice);
        this.policy = DispatchPolicy.of(options.mode());
        synchronized (lock) {
            syncQueues();
        }
    }

    @Override
    public String topic() {
        return topic.name();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public GroupOptions options() {
        return options;
    }

    long incarnation() {
        return incarnation;
    }

    /** New messages, credit, acks, timers: something may be deliverable. */
    void signal() {
        pump.signal();
    }

    @Override
    public ConsumerHandle attach(DeliverySink sink, MessageFilter consumerFilter) {
        java.util.Objects.requireNonNull(sink, "sink");
        Consumer consumer = new Consumer(this, sink, consumerFilter);
        synchronized (lock) {
            if (engineClosed) {
                throw new IllegalStateException("the engine is closed");
            }
            if (removed) {
                throw new IllegalStateException("group " + name + " of topic " + topic.name()
                        + " was removed (deleted, or non-durable and abandoned); open it again");
            }
            consumers.add(consumer);
        }
        signal();
        return consumer;
    }

    void grantCredit(Consumer consumer, int messages) {
        synchronized (lock) {
            consumer.addCredit(messages);
        }
        signal();
    }

    CompletableFuture<Void> ack(Consumer consumer, Collection<Long> deliveryIds) {
        List<Long> unknown = new ArrayList<>();
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        synchronized (lock) {
            Map<Integer, List<Long>> offsetsByQueue = new TreeMap<>();
            for (long id : deliveryIds) {
                InFlight delivery = inFlight.get(id);
                if (delivery == null || delivery.consumer() != consumer) {
                    unknown.add(id);
                    continue;
                }
                forget(delivery);
                long offset = delivery.pending().offset();
                delivery.cursor().complete(offset);
                offsetsByQueue.computeIfAbsent(delivery.cursor().queueId(), q -> new ArrayList<>()).add(offset);
            }
            // appended after the in-memory update: an ack a checkpoint missed was applied after the checkpoint
            // read its log position, so its record lies above that position and recovery replays it
            offsetsByQueue.forEach((queueId, offsets) -> writes.add(writeAck(queueId, offsets)));
        }
        signal();
        CompletableFuture<Void> all = CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
        if (unknown.isEmpty()) {
            return all;
        }
        return all.thenCompose(ignored -> CompletableFuture.failedFuture(new IllegalStateException(
                "deliveries " + unknown + " are not held by this consumer (already acknowledged, released,"
                        + " or redelivered after the ack timeout); the others were acknowledged")));
    }

    private CompletableFuture<Void> writeAck(int queueId, List<Long> offsets) {
        if (!options.durable()) {
            return CompletableFuture.completedFuture(null);
        }
        return services.ackWriter().write(topic.name(), queueId, name, incarnation, offsets);
    }

    void release(Consumer consumer, long deliveryId, boolean countAsDelivery) {
        synchronized (lock) {
            InFlight delivery = inFlight.get(deliveryId);
            if (delivery == null || delivery.consumer() != consumer) {
                return;
            }
            giveBack(delivery, countAsDelivery, services.clock().getAsLong());
        }
        signal();
    }

    void detach(Consumer consumer) {
        boolean abandoned;
        synchronized (lock) {
            if (consumer.isClosed()) {
                return;
            }
            consumer.markClosed();
            consumers.remove(consumer);
            long now = services.clock().getAsLong();
            for (long id : new ArrayList<>(consumer.held)) {
                giveBack(inFlight.get(id), true, now);
            }
            policy.forget(consumer);
            abandoned = consumers.isEmpty() && !options.durable() && !removed;
        }
        if (abandoned) {
            services.onAbandoned().accept(this);
        }
        signal();
    }

    /** Removes the group if it still has no consumer; false when one attached meanwhile. */
    boolean removeIfAbandoned() {
        synchronized (lock) {
            if (!consumers.isEmpty()) {
                return false;
            }
            removed = true;
            return true;
        }
    }

    /** Removes the group (deleted by the application); fails while consumers are attached. */
    void remove() {
        synchronized (lock) {
            if (!consumers.isEmpty()) {
                throw new IllegalStateException("group " + name + " of topic " + topic.name() + " has "
                        + consumers.size() + " active consumer(s); close them first");
            }
            removed = true;
        }
    }

    /** The engine closes: no more consumers, no more deliveries. */
    void engineClosed() {
        synchronized (lock) {
            engineClosed = true;
        }
    }

    /** The JMS layer opened the group again, e.g. after a restart, with a filter rebuilt from the attributes. */
    void reopen(GroupOptions newOptions) {
        synchronized (lock) {
            if (newOptions.filter() != options.filter() && consumers.isEmpty()) {
                cursors.forEach(QueueCursor::unload);
            }
            options = newOptions;
        }
        signal();
    }

    private void forget(InFlight delivery) {
        inFlight.remove(delivery.deliveryId());
        delivery.consumer().held.remove(delivery.deliveryId());
        services.inFlightBytes().release(delivery.pending().message().payload().length);
    }

    private void giveBack(InFlight delivery, boolean countAsDelivery, long now) {
        forget(delivery);
        Pending pending = delivery.pending();
        if (countAsDelivery) {
            pending.attempts++;
            RedeliveryPolicy policy = topic.redelivery(services.defaultRedelivery());
            if (policy.exhausted(pending.attempts)) {
                forward(delivery.cursor(), pending, policy.deadLetterTopic(), pending.message().withDeliverAt(0));
                return;
            }
            pending.notBefore = now + policy.delayMillis(pending.attempts);
        }
        delivery.cursor().giveBack(pending);
    }

    /** Sends an in-flight message to another topic; it is consumed here once the copy is stored. */
    private void forward(QueueCursor cursor, Pending pending, String target, EngineMessage copy) {
        services.forwarder().forward(target, pending.stored, copy, topic.name())
                .whenComplete((ignored, error) -> onForwarded(cursor, pending, target, error));
    }

    private void onForwarded(QueueCursor cursor, Pending pending, String target, Throwable error) {
        synchronized (lock) {
            if (removed) {
                return;
            }
            if (error == null) {
                cursor.complete(pending.offset());
                writeAck(cursor.queueId(), List.of(pending.offset()));
            } else {
                LOG.log(System.Logger.Level.WARNING, "could not move message " + pending.offset() + " of "
                        + topic.name() + "/" + cursor.queueId() + " to " + target + "; retrying", error);
                pending.notBefore = services.clock().getAsLong() + FORWARD_RETRY_MILLIS;
                cursor.giveBack(pending);
            }
        }
        signal();
    }

    /** Delivers up to a few batches; true when more may be deliverable right away. */
    private boolean pumpSlice() {
        for (int batches = 0; batches < BATCHES_PER_SLICE; batches++) {
            List<Handover> batch;
            synchronized (lock) {
                if (removed) {
                    return false;
                }
                batch = collect();
            }
            if (batch.isEmpty()) {
                return false;
            }
            batch.forEach(this::handOver);
        }
        return true;
    }

    private void handOver(Handover handover) {
        Consumer consumer = handover.consumer();
        if (consumer.isClosed()) {
            return; // closing gave the message back already
        }
        try {
            consumer.sink().deliver(handover.delivery());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "delivery sink failed; the message will be redelivered", e);
            release(consumer, handover.delivery().deliveryId(), true);
        }
    }

    private List<Handover> collect() {
        long now = services.clock().getAsLong();
        List<Handover> out = new ArrayList<>();
        syncQueues();
        expireAckDeadlines(now);
        if (consumers.isEmpty()) {
            return out;
        }
        for (QueueCursor cursor : cursors) {
            fill(cursor, now);
        }
        policy.collect(new Round(now, out));
        scheduleWake(now);
        return out;
    }

    private void syncQueues() {
        while (cursors.size() < topic.queueCount()) {
            cursors.add(newCursor.apply(cursors.size()));
        }
    }

    private void fill(QueueCursor cursor, long now) {
        MessageFilter filter = options.filter();
        try {
            cursor.fill(now, services.lookahead(), filter == null ? m -> true : filter::test);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read queue " + topic.name() + "/" + cursor.queueId()
                    + " for group " + name + "; will retry on the next signal", e);
        }
    }

    /** One pump round as the dispatch policy sees it. */
    private final class Round implements DispatchRound {
        private final long now;
        private final List<Handover> out;

        Round(long now, List<Handover> out) {
            this.now = now;
            this.out = out;
        }

        @Override
        public long now() {
            return now;
        }

        @Override
        public List<QueueCursor> cursors() {
            return cursors;
        }

        @Override
        public List<Consumer> consumers() {
            return consumers;
        }

        @Override
        public boolean full() {
            return out.size() >= BATCH || inFlight.size() >= options.maxInFlight();
        }

        @Override
        public void handOver(QueueCursor cursor, Pending pending, Consumer consumer) {
            RedeliveryPolicy policy = topic.redelivery(services.defaultRedelivery());
            if (policy.exhausted(pending.attempts)) {
                // counted deliveries restored from before a restart may already have used up the budget
                cursor.take(pending);
                forward(cursor, pending, policy.deadLetterTopic(), pending.message().withDeliverAt(0));
            } else {
                out.add(Group.this.handOver(cursor, pending, consumer, now));
            }
        }

        @Override
        public void expire(QueueCursor cursor, Pending pending) {
            Group.this.expire(cursor, pending);
        }
    }

    private Handover handOver(QueueCursor cursor, Pending pending, Consumer consumer, long now) {
        cursor.take(pending);
        long id = services.deliveryIds().incrementAndGet();
        long deadline = services.ackTimeoutMillis() > 0 ? now + services.ackTimeoutMillis() : Long.MAX_VALUE;
        inFlight.put(id, new InFlight(id, cursor, pending, consumer, deadline));
        earliestAckDeadline = Math.min(earliestAckDeadline, deadline);
        consumer.spendCredit();
        consumer.held.add(id);
        services.inFlightBytes().add(pending.message().payload().length);
        return new Handover(consumer, new Delivery(id, topic.name(), cursor.queueId(), pending.offset(),
                pending.message(), pending.attempts + 1));
    }

    /** Expired messages are never delivered: moved to the topic's expiry topic, or dropped. */
    private void expire(QueueCursor cursor, Pending pending) {
        String expiryTopic = topic.options().expiryTopic();
        if (expiryTopic == null) {
            cursor.discard(pending);
        } else {
            cursor.take(pending);
            forward(cursor, pending, expiryTopic, pending.message().withExpireAt(0));
        }
    }

    private void expireAckDeadlines(long now) {
        if (now < earliestAckDeadline) {
            return;
        }
        earliestAckDeadline = Long.MAX_VALUE;
        for (InFlight delivery : new ArrayList<>(inFlight.values())) {
            if (delivery.ackDeadline() <= now) {
                giveBack(delivery, true, now);
            } else {
                earliestAckDeadline = Math.min(earliestAckDeadline, delivery.ackDeadline());
            }
        }
    }

    private void scheduleWake(long now) {
        long next = earliestAckDeadline;
        for (QueueCursor cursor : cursors) {
            next = Math.min(next, cursor.nextDueAt(now));
        }
        if (next == Long.MAX_VALUE || next >= wakeScheduledAt) {
            return;
        }
        wakeScheduledAt = next;
        long at = next;
        try {
            services.scheduler().schedule(() -> {
                synchronized (lock) {
                    if (wakeScheduledAt == at) {
                        wakeScheduledAt = Long.MAX_VALUE;
                    }
                }
                signal();
            }, Math.max(1, at - now), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the engine is closing: timers no longer matter
        }
    }

    @Override
    public List<Delivery> browse(MessageFilter filter, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        List<Delivery> out = new ArrayList<>();
        synchronized (lock) {
            long now = services.clock().getAsLong();
            syncQueues();
            Predicate<EngineMessage> visible = m -> !m.isExpiredAt(now) && (filter == null || filter.test(m));
            for (QueueCursor cursor : cursors) {
                fill(cursor, now);
                try {
                    for (Pending p : cursor.browse(now, visible, max - out.size())) {
                        out.add(new Delivery(0, topic.name(), cursor.queueId(), p.offset(), p.message(), p.attempts + 1));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot browse " + topic.name() + "/" + cursor.queueId(), e);
                }
            }
        }
        return out;
    }

    @Override
    public long backlog() {
        synchronized (lock) {
            syncQueues();
            return cursors.stream().mapToLong(QueueCursor::backlogCount).sum();
        }
    }

    GroupInfo info() {
        synchronized (lock) {
            syncQueues();
            List<GroupInfo.QueueInfo> queues = new ArrayList<>();
            for (QueueCursor cursor : cursors) {
                queues.add(new GroupInfo.QueueInfo(cursor.queueId(), cursor.window().committed(),
                        cursor.maxOffset(), cursor.backlogCount(), cursor.inFlightCount()));
            }
            return new GroupInfo(topic.name(), name, options.mode(), options.durable(), consumers.size(), queues);
        }
    }

    /** The consumed state of every queue, for the checkpoint. */
    List<QueueCheckpoint> snapshot() {
        synchronized (lock) {
            syncQueues();
            List<QueueCheckpoint> out = new ArrayList<>();
            for (QueueCursor cursor : cursors) {
                List<Pending> delivered = inFlight.values().stream()
                        .filter(d -> d.cursor() == cursor).map(InFlight::pending).toList();
                out.add(new QueueCheckpoint(cursor.queueId(), cursor.window().committed(),
                        cursor.window().encodeRanges(), cursor.attemptsSnapshot(delivered),
                        cursor.possiblyDeliveredBelow()));
            }
            return out;
        }
    }

    /** The lowest offset of each queue some consumer of this group may still need (retention). */
    long neededFrom(int queueId) {
        synchronized (lock) {
            syncQueues();
            return cursors.get(queueId).window().committed();
        }
    }

    /** Whether this group has not consumed the message yet (compaction keeps it). */
    boolean needs(int queueId, long offset) {
        synchronized (lock) {
            syncQueues();
            return queueId < cursors.size() && !cursors.get(queueId).window().isDone(offset);
        }
    }

    /**
     * What acknowledging these deliveries of the consumer would record, per queue, without acknowledging them: a
     * transaction records it and acknowledges at commit.
     *
     * @throws IllegalStateException when a delivery is not held by the consumer
     */
    List<AckRef> describeAcks(Consumer consumer, Collection<Long> deliveryIds) {
        synchronized (lock) {
            Map<Integer, List<Long>> offsetsByQueue = new TreeMap<>();
            for (long id : deliveryIds) {
                InFlight delivery = inFlight.get(id);
                if (delivery == null || delivery.consumer() != consumer) {
                    throw new IllegalStateException("delivery " + id + " is not held by this consumer (already"
                            + " acknowledged, released, or redelivered after the ack timeout)");
                }
                offsetsByQueue.computeIfAbsent(delivery.cursor().queueId(), q -> new ArrayList<>())
                        .add(delivery.pending().offset());
            }
            List<AckRef> refs = new ArrayList<>();
            offsetsByQueue.forEach((queueId, offsets) -> refs.add(new AckRef(topic.name(), queueId, name, incarnation,
                    offsets)));
            return refs;
        }
    }

    /**
     * A transaction is prepared: the deliveries it acknowledges leave the consumer (its close or crash must not give
     * them back) and are held back from delivery until the transaction ends.
     *
     * @throws IllegalStateException when a delivery is not held by the consumer; nothing is held then
     */
    List<AckRef> holdForTransaction(Consumer consumer, Collection<Long> deliveryIds) {
        synchronized (lock) {
            List<AckRef> refs = describeAcks(consumer, deliveryIds);
            for (long id : deliveryIds) {
                InFlight delivery = inFlight.get(id);
                forget(delivery);
                delivery.cursor().hold(delivery.pending().offset(), delivery.pending().attempts + 1);
            }
            return refs;
        }
    }

    /** Recovery: the messages a prepared transaction acknowledges are held back until it ends. */
    void holdForTransaction(int queueId, List<Long> offsets) {
        synchronized (lock) {
            syncQueues();
            if (queueId < cursors.size()) {
                QueueCursor cursor = cursors.get(queueId);
                // they were delivered to the transaction at least once
                offsets.forEach(offset -> cursor.hold(offset, Math.max(1, cursor.attemptsOf(offset))));
            }
        }
    }

    /** A prepared transaction ends: its held messages are consumed (commit) or delivered again (rollback). */
    CompletableFuture<Void> endHeldTransaction(int queueId, List<Long> offsets, boolean commit) {
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        synchronized (lock) {
            syncQueues();
            if (queueId < cursors.size()) {
                QueueCursor cursor = cursors.get(queueId);
                try {
                    for (long offset : offsets) {
                        if (commit) {
                            cursor.complete(offset);
                        } else {
                            cursor.unhold(offset);
                        }
                    }
                } catch (IOException e) {
                    written = CompletableFuture.failedFuture(e);
                }
                if (commit) {
                    written = writeAck(queueId, offsets);
                }
            }
        }
        signal();
        return written;
    }

    /** Recovery: an ack record replayed from the log. */
    void replayAck(int queueId, long offset) {
        synchronized (lock) {
            syncQueues();
            if (queueId < cursors.size()) {
                cursors.get(queueId).replayDone(offset);
            }
        }
    }

    /** Recovery after an unclean shutdown: every message stored so far may have been delivered. */
    void markPossiblyDelivered() {
        synchronized (lock) {
            syncQueues();
            for (QueueCursor cursor : cursors) {
                cursor.restoreAttempts(Map.of(), cursor.maxOffset());
            }
        }
    }
}
