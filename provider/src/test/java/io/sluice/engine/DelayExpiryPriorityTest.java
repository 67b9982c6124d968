package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.sluice.engine.EngineFixture.await;
import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class DelayExpiryPriorityTest {
    @TempDir
    Path dir;

    @Test
    void aDelayedMessageIsInvisibleUntilItsTimeAndDoesNotHoldUpOthers() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("t");
            long deliverAt = System.currentTimeMillis() + 1500;
            send(p, text("later").withDeliverAt(deliverAt));
            send(p, text("now"));
            EngineFixture.awaitBacklog(g, 2);
            assertThat(g.browse(null, 10)).extracting(EngineFixture::text).containsExactly("now");
            Collector c = Collector.attach(g, null, 10);
            assertThat(text(c.nextAndAck())).isEqualTo("now");
            Delivery later = c.next();
            assertThat(text(later)).isEqualTo("later");
            assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(deliverAt);
        }
    }

    @Test
    void delayedMessagesInAnOrderedGroupAreDeliveredAtTheirTime() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            Collector c = Collector.attach(g, null, 10);
            ProducerHandle p = f.engine.createProducer("t");
            long deliverAt = System.currentTimeMillis() + 300;
            send(p, text("later").withDeliverAt(deliverAt));
            send(p, text("now"));
            assertThat(text(c.nextAndAck())).isEqualTo("now");
            assertThat(text(c.nextAndAck())).isEqualTo("later");
            assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(deliverAt);
        }
    }

    @Test
    void anExpiredMessageIsNeverDeliveredAndCountsAsConsumed() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("stale").withExpireAt(System.currentTimeMillis() - 1));
            send(p, text("fresh"));
            EngineFixture.awaitBacklog(g, 2);
            assertThat(g.browse(null, 10)).extracting(EngineFixture::text).containsExactly("fresh");
            Collector c = Collector.attach(g, null, 10);
            assertThat(text(c.nextAndAck())).isEqualTo("fresh");
            await(() -> g.backlog() == 0, "expired message consumed");
            c.assertNothingFor(100);
        }
    }

    @Test
    void anExpiredMessageMovesToTheExpiryTopicWhenOneIsNamed() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.engine.declareTopic("t", TopicOptions.defaults(1).withExpiryTopic("t.expired"));
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            send(f.engine.createProducer("t"), text("stale").withExpireAt(System.currentTimeMillis() - 1));
            Collector c = Collector.attach(g, null, 10);
            await(() -> g.backlog() == 0, "expired message moved");
            c.assertNothingFor(100);
            ConsumerGroup expired = f.engine.openGroup("t.expired", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Delivery d = Collector.attach(expired, null, 10).next();
            assertThat(text(d)).isEqualTo("stale");
            assertThat(d.message().expireAt()).isZero();
        }
    }

    @Test
    void higherPriorityFirstAndQueueOrderAmongEqualPriorities() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("low-1").withPriority(1));
            send(p, text("mid-1").withPriority(5));
            send(p, text("high").withPriority(9));
            send(p, text("mid-2").withPriority(5));
            send(p, text("low-2").withPriority(1));
            EngineFixture.awaitBacklog(g, 5);
            List<String> expected = List.of("high", "mid-1", "mid-2", "low-1", "low-2");
            assertThat(g.browse(null, 10)).extracting(EngineFixture::text).isEqualTo(expected);
            Collector c = Collector.attach(g, null, 10);
            assertThat(c.next(5)).extracting(EngineFixture::text).isEqualTo(expected);
        }
    }
}
