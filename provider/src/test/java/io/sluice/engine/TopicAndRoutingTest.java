package io.sluice.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicAndRoutingTest {
    @TempDir
    Path dir;

    @Test
    void declaringIsIdempotentGrowsButNeverShrinks() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            assertThat(f.topic("orders", 2).queueCount()).isEqualTo(2);
            assertThat(f.topic("orders", 2).queueCount()).isEqualTo(2);
            assertThat(f.topic("orders", 6).queueCount()).isEqualTo(6);
            assertThat(f.topic("orders", 3).queueCount()).isEqualTo(6);
            assertThat(f.engine.topicNames()).containsExactly("orders");
        }
    }

    @Test
    void defaultQueueCountIsFour() {
        assertThat(EngineConfig.defaults(dir).defaultQueueCount()).isEqualTo(4);
    }

    @Test
    void topicMetadataSurvivesARestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.engine.declareTopic("audit", TopicOptions.defaults(3).withDefaultMode(ConsumeMode.ORDERED)
                    .withRetention(Duration.ofHours(1)).withExpiryTopic("expired")
                    .withRedelivery(RedeliveryPolicy.defaults().withMaxDeliveries(3)));
            f.reopen();
            TopicOptions options = f.engine.topic("audit").orElseThrow().options();
            assertThat(options.queueCount()).isEqualTo(3);
            assertThat(options.defaultMode()).isEqualTo(ConsumeMode.ORDERED);
            assertThat(options.retention()).isEqualTo(Duration.ofHours(1));
            assertThat(options.expiryTopic()).isEqualTo("expired");
            assertThat(options.redelivery().maxDeliveries()).isEqualTo(3);
        }
    }

    @Test
    void producersAreAssignedQueuesRoundRobinAndKeepThem() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 3);
            Set<Integer> queues = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                ProducerHandle producer = f.engine.createProducer("t");
                queues.add(producer.queueId());
                for (int m = 0; m < 3; m++) {
                    assertThat(send(producer, text("x")).queueId()).isEqualTo(producer.queueId());
                }
            }
            assertThat(queues).containsExactlyInAnyOrder(0, 1, 2);
        }
    }

    @Test
    void keyedMessagesGoToTheQueueOfTheirKeyWhateverTheProducer() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 4);
            int expected = Math.floorMod("customer-42".hashCode(), 4);
            for (int i = 0; i < 4; i++) {
                ProducerHandle producer = f.engine.createProducer("t");
                assertThat(send(producer, text("x").withRoutingKey("customer-42")).queueId()).isEqualTo(expected);
            }
        }
    }

    @Test
    void badInputIsRejectedWithClearErrors() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            assertThatThrownBy(() -> f.engine.createProducer("nope")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nope").hasMessageContaining("not declared");
            assertThatThrownBy(() -> f.engine.openGroup("nope", "g", GroupOptions.durable(ConsumeMode.CONCURRENT)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.topic("", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.topic("a\nb", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TopicOptions.defaults(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> text("x").withPriority(10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("priority");
            assertThatThrownBy(() -> new RedeliveryPolicy(0, Duration.ZERO, 2, Duration.ZERO, "DLQ"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GroupOptions.durable(ConsumeMode.ORDERED).withMaxInFlight(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(f.engine.topicNames()).isEmpty();
        }
    }

    @Test
    void aDeletedTopicRefusesSendsAndStartsEmptyWhenDeclaredAgain() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ProducerHandle old = f.engine.createProducer("t");
            EngineFixture.sendTexts(old, "a", "b");
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            assertThat(g.backlog()).isEqualTo(2);
            f.engine.deleteTopic("t");
            assertThat(f.engine.topic("t")).isEmpty();
            assertThat(f.engine.group("t", "g")).isEmpty();
            assertThat(old.send(text("c"))).failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(IllegalStateException.class);
            f.topic("t", 1);
            ConsumerGroup fresh = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            assertThat(fresh.backlog()).isZero();
            EngineFixture.sendTexts(f.engine.createProducer("t"), "new");
            EngineFixture.Collector c = EngineFixture.Collector.attach(fresh, null, 10);
            assertThat(text(c.next())).isEqualTo("new");
        }
    }

    @Test
    void aTopicWithActiveConsumersCannotBeDeleted() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ConsumerHandle consumer = g.attach(d -> { }, null);
            assertThatThrownBy(() -> f.engine.deleteTopic("t")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("active consumers");
            assertThat(f.engine.topic("t")).isPresent();
            consumer.close();
            f.engine.deleteTopic("t");
            assertThat(f.engine.topicNames()).isEmpty();
        }
    }

    @Test
    void aClosedEngineRefusesWorkClearly() throws Exception {
        EngineFixture f = new EngineFixture(dir);
        f.topic("t", 1);
        ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
        ProducerHandle p = f.engine.createProducer("t");
        f.close();
        assertThatThrownBy(() -> g.attach(d -> { }, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> f.engine.declareTopic("u", TopicOptions.defaults(1))).isInstanceOf(IllegalStateException.class);
        assertThat(p.send(text("x"))).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class).withMessageContaining("closed");
        f.engine.close();
    }
}
