package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.sendTexts;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class BrowseAndAdminTest {
    @TempDir
    Path dir;

    @Test
    void browsingListsAvailableMessagesWithoutConsumingThem() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withLookahead(2))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("t");
            for (int i = 0; i < 5; i++) {
                send(p, text("m" + i).withRoutingKey(i % 2 == 0 ? "even" : null));
            }
            EngineFixture.awaitBacklog(g, 5);
            // beyond the look-ahead of 2, browsing reads on from the store
            assertThat(g.browse(null, 10)).extracting(EngineFixture::text).containsExactly("m0", "m1", "m2", "m3", "m4");
            assertThat(g.browse(m -> "even".equals(m.routingKey()), 10)).extracting(EngineFixture::text).containsExactly("m0", "m2", "m4");
            assertThat(g.browse(null, 2)).hasSize(2);
            assertThat(g.backlog()).isEqualTo(5);
            Collector c = Collector.attach(g, null, 1);
            Delivery inFlight = c.next();
            assertThat(g.browse(null, 10)).extracting(EngineFixture::text).doesNotContain(text(inFlight)).hasSize(4);
        }
    }

    @Test
    void groupInfoShowsOffsetsLagAndInFlightPerQueue() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 2);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "a", "b", "c");
            EngineFixture.awaitBacklog(g, 3);
            Collector c = Collector.attach(g, null, 1);
            c.ack(c.next());
            Delivery held = null;
            c.handle.grantCredit(1);
            held = c.next();
            GroupInfo info = f.engine.groups().iterator().next();
            assertThat(info.topic()).isEqualTo("t");
            assertThat(info.group()).isEqualTo("g");
            assertThat(info.durable()).isTrue();
            assertThat(info.consumers()).isEqualTo(1);
            GroupInfo.QueueInfo queue = info.queues().get(p.queueId());
            assertThat(queue.committedOffset()).isEqualTo(1);
            assertThat(queue.maxOffset()).isEqualTo(3);
            assertThat(queue.lag()).isEqualTo(2);
            assertThat(queue.inFlight()).isEqualTo(1);
            assertThat(info.lag()).isEqualTo(2);
            assertThat(held.queueOffset()).isEqualTo(1);
        }
    }

    @Test
    void aThousandTopicsDoNotNeedAThousandThreads() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            int before = Thread.activeCount();
            for (int i = 0; i < 1000; i++) {
                f.topic("topic-" + i, 1);
                f.engine.openGroup("topic-" + i, "g", GroupOptions.transientFromLatest(ConsumeMode.CONCURRENT));
            }
            ProducerHandle p = f.engine.createProducer("topic-999");
            ConsumerGroup g = f.engine.group("topic-999", "g").orElseThrow();
            Collector c = Collector.attach(g, null, 1);
            sendTexts(p, "x");
            assertThat(text(c.next())).isEqualTo("x");
            assertThat(Thread.activeCount() - before).isLessThan(10);
        }
    }

    @Test
    void aBusyGroupLetsOtherGroupsUseASharedDeliveryThread() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withDeliveryThreads(1))) {
            f.topic("busy", 1);
            f.topic("quiet", 1);
            ConsumerGroup busy = f.engine.openGroup("busy", "g", GroupOptions.durable(ConsumeMode.CONCURRENT).withMaxInFlight(5000));
            ConsumerGroup quiet = f.engine.openGroup("quiet", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("busy");
            java.util.List<java.util.concurrent.CompletableFuture<SendReceipt>> sends = new java.util.ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                sends.add(p.send(EngineFixture.text("b" + i)));
            }
            sends.forEach(java.util.concurrent.CompletableFuture::join);
            sendTexts(f.engine.createProducer("quiet"), "q");
            EngineFixture.awaitBacklog(busy, 2000);
            EngineFixture.awaitBacklog(quiet, 1);
            java.util.concurrent.atomic.AtomicInteger busyDelivered = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger busyDeliveredWhenQuietGotItsTurn = new java.util.concurrent.atomic.AtomicInteger(-1);
            ConsumerHandle quietConsumer = quiet.attach(d -> busyDeliveredWhenQuietGotItsTurn.set(busyDelivered.get()), null);
            ConsumerHandle busyConsumer = busy.attach(d -> {
                if (busyDelivered.getAndIncrement() == 0) {
                    quietConsumer.grantCredit(1); // signalled while the busy group holds the only delivery thread
                }
            }, null);
            busyConsumer.grantCredit(Integer.MAX_VALUE);
            EngineFixture.await(() -> busyDeliveredWhenQuietGotItsTurn.get() >= 0, "the quiet group's delivery");
            assertThat(busyDeliveredWhenQuietGotItsTurn.get()).isBetween(1, 1999);
        }
    }
}
