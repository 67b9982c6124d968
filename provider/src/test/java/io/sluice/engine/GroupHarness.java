package io.sluice.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A group over in-memory queues, pumped synchronously on the calling thread with a manual clock: the
 * state machines without the store, deterministic enough for property tests.
 */
final class GroupHarness implements AutoCloseable {
    record Forward(String target, StoredMessage message, EngineMessage copy) {
    }

    static final class MemorySource implements QueueSource {
        final List<StoredMessage> messages = Collections.synchronizedList(new ArrayList<>());
        final int queueId;
        long position;

        MemorySource(int queueId) {
            this.queueId = queueId;
        }

        @Override
        public long minOffset() {
            return 0;
        }

        @Override
        public long maxOffset() {
            return messages.size();
        }

        @Override
        public StoredMessage read(long offset) {
            return offset < messages.size() ? messages.get((int) offset) : null;
        }
    }

    final AtomicLong clock = new AtomicLong(1_000_000);
    final List<MemorySource> sources = new ArrayList<>();
    final List<Forward> forwards = Collections.synchronizedList(new ArrayList<>());
    final TopicState topic;
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final GroupServices services;
    Group group;

    GroupHarness(int queues, RedeliveryPolicy redelivery, String expiryTopic, long ackTimeoutMillis) {
        topic = new TopicState("t", TopicOptions.defaults(queues).withExpiryTopic(expiryTopic), new long[queues]);
        for (int q = 0; q < queues; q++) {
            sources.add(new MemorySource(q));
        }
        services = new GroupServices(clock::get, (t, q, g, incarnation, offsets) -> CompletableFuture.completedFuture(null),
                (target, message, copy, source) -> {
                    forwards.add(new Forward(target, message, copy));
                    return CompletableFuture.completedFuture(null);
                }, Runnable::run, scheduler, new InFlightBytes(0), new AtomicLong(), 16, ackTimeoutMillis,
                redelivery, g -> g.removeIfAbandoned());
    }

    GroupHarness(int queues) {
        this(queues, RedeliveryPolicy.defaults().withMaxDeliveries(1000), null, 0);
    }

    Group open(GroupOptions options) {
        group = new Group(topic, "g", 1, options, services,
                q -> new QueueCursor(q, sources.get(q), new AckWindow(0)));
        return group;
    }

    /** A group restarted from a checkpoint of another (same queues). */
    Group reopen(GroupOptions options, List<QueueCheckpoint> checkpoint) {
        group = new Group(topic, "g", 1, options, services, q -> checkpoint.get(q).toCursor(sources.get(q)));
        return group;
    }

    long send(int queue, EngineMessage message) {
        MemorySource source = sources.get(queue);
        long offset = source.messages.size();
        source.messages.add(new StoredMessage(queue, offset, source.position++, message.payload().length, message));
        if (group != null) {
            group.signal();
        }
        return offset;
    }

    long send(int queue, String text) {
        return send(queue, EngineMessage.of(text.getBytes()));
    }

    long committed(int queue) {
        return group.info().queues().get(queue).committedOffset();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** Records deliveries; optionally acknowledges each one as it arrives. */
    static final class Sink implements DeliverySink {
        final List<Delivery> received = Collections.synchronizedList(new ArrayList<>());
        ConsumerHandle handle;
        boolean autoAck;

        @Override
        public void deliver(Delivery delivery) {
            received.add(delivery);
            if (autoAck) {
                handle.ack(delivery.deliveryId());
            }
        }

        List<String> texts() {
            synchronized (received) {
                return received.stream().map(d -> new String(d.message().payload())).toList();
            }
        }

        Delivery last() {
            return received.get(received.size() - 1);
        }
    }

    Sink attach(MessageFilter filter, int credit) {
        Sink sink = new Sink();
        sink.handle = group.attach(sink, filter);
        sink.handle.grantCredit(credit);
        return sink;
    }
}
