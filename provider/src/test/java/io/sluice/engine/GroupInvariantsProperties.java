package io.sluice.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random interleavings of sends, credit, acks, releases, consumers coming and going, and restarts from a
 * checkpoint, against a model: the committed offset is the lowest unacknowledged offset, no message is
 * held by two consumers at once, an ORDERED queue has at most one message in flight, acknowledged
 * messages never come back, and in the end every message is consumed.
 */
class GroupInvariantsProperties {
    private static final int QUEUES = 3;

    private record Key(int queue, long offset) {
    }

    private final class Model {
        final GroupHarness harness = new GroupHarness(QUEUES, RedeliveryPolicy.defaults().withMaxDeliveries(4), null, 0);
        final ConsumeMode mode;
        final List<GroupHarness.Sink> sinks = new ArrayList<>();
        final Set<Key> sent = new HashSet<>();
        final Set<Key> acked = new HashSet<>();
        /** Messages in flight: who holds them under which delivery id. */
        final Map<Key, ConsumerHandle> holder = new HashMap<>();
        final Map<Key, Long> currentDelivery = new HashMap<>();
        final Map<Long, Key> byDelivery = new HashMap<>();
        int seen;

        Model(ConsumeMode mode) {
            this.mode = mode;
            harness.open(options());
        }

        GroupOptions options() {
            return GroupOptions.durable(mode).withMaxInFlight(20);
        }

        void attach(Random random) {
            GroupHarness.Sink sink = new GroupHarness.Sink();
            sinks.add(sink);
            sink.handle = harness.group.attach(sink, null);
            sink.handle.grantCredit(random.nextInt(5));
            absorb();
        }

        /** Checks every new delivery against the model. */
        void absorb() {
            for (GroupHarness.Sink sink : sinks) {
                synchronized (sink.received) {
                    for (Delivery d : sink.received) {
                        if (byDelivery.containsKey(d.deliveryId())) {
                            continue;
                        }
                        Key key = new Key(d.queueId(), d.queueOffset());
                        assertThat(acked).as("acknowledged message delivered again").doesNotContain(key);
                        assertThat(holder).as("message held by two consumers").doesNotContainKey(key);
                        holder.put(key, sink.handle);
                        currentDelivery.put(key, d.deliveryId());
                        byDelivery.put(d.deliveryId(), key);
                    }
                }
            }
        }

        void checkInvariants() {
            synchronized (harness.forwards) {
                for (GroupHarness.Forward f : harness.forwards) {
                    assertThat(f.target()).isEqualTo("DLQ");
                    acked.add(new Key(f.message().queueId(), f.message().offset()));
                }
            }
            absorb();
            for (int q = 0; q < QUEUES; q++) {
                long lowest = 0;
                while (acked.contains(new Key(q, lowest))) {
                    lowest++;
                }
                assertThat(harness.committed(q)).as("committed offset of queue %d", q).isEqualTo(lowest);
            }
            if (mode == ConsumeMode.ORDERED) {
                for (GroupInfo.QueueInfo queue : harness.group.info().queues()) {
                    assertThat(queue.inFlight()).isLessThanOrEqualTo(1);
                }
            }
        }

        void step(Random random) {
            int action = random.nextInt(10);
            if (action < 3) {
                int queue = random.nextInt(QUEUES);
                long offset = harness.send(queue, "m" + sent.size());
                sent.add(new Key(queue, offset));
            } else if (action == 3 || sinks.isEmpty()) {
                attach(random);
            } else {
                GroupHarness.Sink sink = sinks.get(random.nextInt(sinks.size()));
                List<Long> held = heldBy(sink.handle);
                if (action == 4) {
                    sink.handle.grantCredit(1 + random.nextInt(4));
                } else if (action <= 7 && !held.isEmpty()) {
                    long id = held.get(random.nextInt(held.size()));
                    Key key = byDelivery.get(id);
                    holder.remove(key);
                    acked.add(key);
                    assertThat(sink.handle.ack(id)).isCompleted().isNotCompletedExceptionally();
                } else if (action == 8 && !held.isEmpty()) {
                    long id = held.get(random.nextInt(held.size()));
                    holder.remove(byDelivery.get(id));
                    sink.handle.release(id, random.nextBoolean());
                } else if (action == 9 && random.nextInt(4) == 0) {
                    held.forEach(id -> holder.remove(byDelivery.get(id)));
                    sink.handle.close();
                    sinks.remove(sink);
                }
            }
            checkInvariants();
        }

        List<Long> heldBy(ConsumerHandle handle) {
            List<Long> ids = new ArrayList<>();
            holder.forEach((key, h) -> {
                if (h == handle) {
                    ids.add(currentDelivery.get(key));
                }
            });
            ids.sort(null);
            return ids;
        }

        /** Like a restart: consumers are gone, a new group is built from the checkpoint of the old one. */
        void restart() {
            List<QueueCheckpoint> checkpoint = harness.group.snapshot();
            sinks.clear();
            holder.clear();
            harness.reopen(options(), checkpoint);
            checkInvariants();
        }

        /** One consumer with ample credit acknowledges everything until nothing is left. */
        void drain() {
            GroupHarness.Sink sink = new GroupHarness.Sink();
            sink.handle = harness.group.attach(sink, null);
            sink.autoAck = true;
            sinks.add(sink);
            sink.handle.grantCredit(Integer.MAX_VALUE);
            for (GroupHarness.Sink other : new ArrayList<>(sinks)) {
                if (other != sink) {
                    absorb();
                    holder.values().removeIf(h -> h == other.handle);
                    other.handle.close();
                }
            }
            absorb();
            synchronized (sink.received) {
                for (Delivery d : sink.received) {
                    acked.add(new Key(d.queueId(), d.queueOffset()));
                }
            }
            checkInvariants();
            assertThat(acked).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(harness.group.backlog()).isZero();
        }
    }

    @Property(tries = 200)
    void offsetsAndAckWindowsStayConsistent(@ForAll long seed, @ForAll ConsumeMode mode,
                                            @ForAll @IntRange(min = 1, max = 150) int steps) {
        Model model = new Model(mode);
        try {
            Random random = new Random(seed);
            for (int i = 0; i < steps; i++) {
                if (random.nextInt(40) == 0) {
                    model.restart();
                } else {
                    model.step(random);
                }
            }
            model.drain();
        } finally {
            model.harness.close();
        }
    }
}
