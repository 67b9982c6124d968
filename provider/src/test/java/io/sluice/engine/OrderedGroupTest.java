package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static io.sluice.engine.EngineFixture.await;
import static io.sluice.engine.EngineFixture.sendTexts;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class OrderedGroupTest {
    @TempDir
    Path dir;

    @Test
    void theNextMessageOfAQueueWaitsForTheAckOfThePreviousOne() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            Collector c = Collector.attach(g, null, 100);
            sendTexts(f.engine.createProducer("t"), "1", "2", "3");
            Delivery first = c.next();
            assertThat(text(first)).isEqualTo("1");
            c.assertNothingFor(200);
            c.ack(first);
            assertThat(text(c.nextAndAck())).isEqualTo("2");
            assertThat(text(c.nextAndAck())).isEqualTo("3");
        }
    }

    @Test
    void aReleasedMessageComesBackBeforeTheNextOne() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            Collector c = Collector.attach(g, null, 100);
            sendTexts(f.engine.createProducer("t"), "1", "2");
            Delivery first = c.next();
            c.handle.release(first.deliveryId(), true);
            Delivery again = c.next();
            assertThat(text(again)).isEqualTo("1");
            assertThat(again.deliveryCount()).isEqualTo(2);
            c.ack(again);
            assertThat(text(c.next())).isEqualTo("2");
        }
    }

    @Test
    void eachQueueHasOneOwnerAndQueuesRebalanceWhenConsumersComeAndGo() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 4);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            Collector a = Collector.attach(g, null, 100);
            Collector b = Collector.attach(g, null, 100);
            for (int i = 0; i < 4; i++) {
                sendTexts(f.engine.createProducer("t"), "m" + i);
            }
            await(() -> a.deliveries.size() + b.deliveries.size() == 4, "one message per queue");
            Set<Integer> queuesOfA = new HashSet<>();
            Set<Integer> queuesOfB = new HashSet<>();
            a.deliveries.forEach(d -> queuesOfA.add(d.queueId()));
            b.deliveries.forEach(d -> queuesOfB.add(d.queueId()));
            assertThat(queuesOfA).hasSize(2).doesNotContainAnyElementsOf(queuesOfB);
            assertThat(queuesOfB).hasSize(2);
            // b leaves without acknowledging: its queues move to a, messages flagged as redelivered
            a.deliveries.forEach(a::ack);
            a.deliveries.clear();
            b.handle.close();
            await(() -> a.deliveries.size() == 2, "b's messages moved to a");
            Set<Integer> moved = new HashSet<>();
            a.deliveries.forEach(d -> {
                moved.add(d.queueId());
                assertThat(d.redelivered()).isTrue();
            });
            assertThat(moved).isEqualTo(queuesOfB);
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndUnblocksItsQueue() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withRedelivery(RedeliveryPolicy.defaults().withMaxDeliveries(3)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            Collector c = Collector.attach(g, null, 100);
            sendTexts(f.engine.createProducer("t"), "poison", "next");
            for (int attempt = 1; attempt <= 3; attempt++) {
                Delivery d = c.next();
                assertThat(text(d)).isEqualTo("poison");
                assertThat(d.deliveryCount()).isEqualTo(attempt);
                c.handle.release(d.deliveryId(), true);
            }
            assertThat(text(c.nextAndAck())).isEqualTo("next");
            ConsumerGroup dlq = f.engine.openGroup("DLQ", "dlq", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Collector dead = Collector.attach(dlq, null, 10);
            Delivery d = dead.next();
            assertThat(text(d)).isEqualTo("poison");
            assertThat(d.deliveryCount()).isEqualTo(1);
        }
    }
}
