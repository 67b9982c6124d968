package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.sluice.engine.EngineFixture.await;
import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.sendTexts;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentGroupTest {
    @TempDir
    Path dir;

    private static GroupOptions concurrent() {
        return GroupOptions.durable(ConsumeMode.CONCURRENT);
    }

    @Test
    void competingConsumersEachGetDifferentMessagesFromOneQueue() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector a = Collector.attach(g, null, 3);
            Collector b = Collector.attach(g, null, 3);
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "1", "2", "3", "4", "5", "6");
            Set<Long> offsets = new HashSet<>();
            a.next(3).forEach(d -> offsets.add(d.queueOffset()));
            b.next(3).forEach(d -> offsets.add(d.queueOffset()));
            assertThat(offsets).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void theCommittedOffsetIsTheLowestUnacknowledgedOne() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector c = Collector.attach(g, null, 10);
            sendTexts(f.engine.createProducer("t"), "0", "1", "2", "3");
            List<Delivery> got = c.next(4);
            c.ack(got.get(1));
            c.ack(got.get(3));
            assertThat(committed(f, 0)).isZero();
            c.ack(got.get(0));
            assertThat(committed(f, 0)).isEqualTo(2);
            assertThat(g.backlog()).isEqualTo(1);
            c.ack(got.get(2));
            assertThat(committed(f, 0)).isEqualTo(4);
            assertThat(g.backlog()).isZero();
        }
    }

    static long committed(EngineFixture f, int queue) {
        return f.engine.groups().stream().filter(i -> i.group().equals("g")).findFirst().orElseThrow()
                .queues().get(queue).committedOffset();
    }

    @Test
    void creditBoundsWhatIsPushed() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 2);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector c = Collector.attach(g, null, 2);
            ProducerHandle p = f.engine.createProducer("t");
            sendTexts(p, "1", "2", "3", "4");
            c.next(2);
            c.assertNothingFor(200);
            c.handle.grantCredit(2);
            c.next(2);
        }
    }

    @Test
    void theInFlightWindowIsBoundedByMaxInFlight() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent().withMaxInFlight(2));
            Collector c = Collector.attach(g, null, 100);
            sendTexts(f.engine.createProducer("t"), "1", "2", "3");
            List<Delivery> first = c.next(2);
            c.assertNothingFor(200);
            c.ack(first.get(0));
            assertThat(text(c.next())).isEqualTo("3");
        }
    }

    @Test
    void keyedMessagesStayWithOneConsumerInOrderWhileItLives() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector a = Collector.attach(g, null, 100);
            Collector b = Collector.attach(g, null, 100);
            ProducerHandle p = f.engine.createProducer("t");
            for (int i = 0; i < 10; i++) {
                send(p, text("k" + i).withRoutingKey("order-7"));
            }
            await(() -> a.deliveries.size() + b.deliveries.size() == 10, "10 deliveries");
            Collector owner = a.deliveries.isEmpty() ? b : a;
            Collector other = owner == a ? b : a;
            assertThat(other.deliveries).isEmpty();
            List<String> texts = new ArrayList<>();
            owner.deliveries.forEach(d -> texts.add(text(d)));
            assertThat(texts).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9");
            owner.deliveries.forEach(owner::ack);
            owner.handle.close();
            send(p, text("after").withRoutingKey("order-7"));
            assertThat(text(other.next())).isEqualTo("after");
        }
    }

    @Test
    void aMessageAConsumerFilterRejectsStaysForAnotherConsumer() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector high = Collector.attach(g, m -> m.priority() >= 7, 100);
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("low").withPriority(1));
            send(p, text("high").withPriority(8));
            EngineFixture.awaitBacklog(g, 2);
            assertThat(text(high.next())).isEqualTo("high");
            high.assertNothingFor(200);
            Collector any = Collector.attach(g, null, 100);
            assertThat(text(any.next())).isEqualTo("low");
        }
    }

    @Test
    void messagesTheGroupFilterRejectsAreSkippedAndCountAsConsumed() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            MessageFilter onlyKeyed = m -> m.routingKey() != null;
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent().withFilter(onlyKeyed));
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("skip"));
            send(p, text("take").withRoutingKey("k"));
            send(p, text("skip too"));
            EngineFixture.awaitBacklog(g, 3);
            Collector c = Collector.attach(g, null, 10);
            Delivery d = c.nextAndAck();
            assertThat(text(d)).isEqualTo("take");
            await(() -> committed(f, 0) == 3, "committed offset past the skipped messages");
            assertThat(g.backlog()).isZero();
        }
    }

    @Test
    void ackingAnUnknownDeliveryFailsClearlyAndAcksTheOthers() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            Collector c = Collector.attach(g, null, 10);
            sendTexts(f.engine.createProducer("t"), "a");
            Delivery d = c.next();
            assertThatThrownBy(() -> c.handle.ackAll(List.of(d.deliveryId(), 999_999L)).join())
                    .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("999999");
            assertThat(g.backlog()).isZero();
            assertThatThrownBy(() -> c.handle.ack(d.deliveryId()).join()).hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> c.handle.grantCredit(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFailingSinkGetsTheMessageAgainLater() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", concurrent());
            List<Delivery> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            ConsumerHandle[] handle = new ConsumerHandle[1];
            handle[0] = g.attach(d -> {
                seen.add(d);
                if (seen.size() == 1) {
                    throw new IllegalStateException("listener failed");
                }
                handle[0].ack(d.deliveryId());
            }, null);
            handle[0].grantCredit(10);
            sendTexts(f.engine.createProducer("t"), "a");
            await(() -> seen.size() == 2, "redelivery after the sink threw");
            assertThat(seen.get(1).deliveryCount()).isEqualTo(2);
            assertThat(seen.get(1).redelivered()).isTrue();
        }
    }
}
