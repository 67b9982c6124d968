package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {
    private static final int MESSAGES = 60;

    @TempDir
    Path dir;

    /** Small segments, and maintenance only when the test runs it. */
    private static final Function<EngineConfig, EngineConfig> SMALL_SEGMENTS = c -> c
            .withStore(c.store().withSegmentBytes(64 * 1024)).withCheckpointInterval(Duration.ofHours(1));

    private static void fill(EngineFixture f, String topic) {
        ProducerHandle p = f.engine.createProducer(topic);
        for (int i = 0; i < MESSAGES; i++) {
            send(p, EngineMessage.of(new byte[4 * 1024]).withRoutingKey("m" + i));
        }
    }

    private static void consumeAll(ConsumerGroup group) {
        EngineFixture.awaitBacklog(group, MESSAGES);
        Collector c = Collector.attach(group, null, MESSAGES);
        c.next(MESSAGES).forEach(c::ack);
        c.handle.close();
    }

    @Test
    void segmentsEveryGroupConsumedAreDeletedAndANewGroupStartsAtWhatRemains() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, SMALL_SEGMENTS)) {
            f.topic("t", 1);
            ConsumerGroup slow = f.engine.openGroup("t", "slow", GroupOptions.durable(ConsumeMode.CONCURRENT));
            ConsumerGroup fast = f.engine.openGroup("t", "fast", GroupOptions.durable(ConsumeMode.CONCURRENT));
            fill(f, "t");
            consumeAll(fast);
            f.engine.checkpointAndApplyRetention();
            assertThat(f.engine.openGroup("t", "probe1", GroupOptions.durable(ConsumeMode.CONCURRENT)).backlog())
                    .as("the slow group still needs everything").isEqualTo(MESSAGES);
            f.engine.deleteGroup("t", "probe1");
            consumeAll(slow);
            f.engine.checkpointAndApplyRetention();
            ConsumerGroup late = f.engine.openGroup("t", "late", GroupOptions.durable(ConsumeMode.CONCURRENT));
            assertThat(late.backlog()).isLessThan(MESSAGES);
            List<Delivery> remaining = new CopyOnWriteArrayList<>();
            ConsumerHandle[] consumer = new ConsumerHandle[1];
            consumer[0] = late.attach(d -> {
                remaining.add(d);
                consumer[0].ack(d.deliveryId());
            }, null);
            consumer[0].grantCredit(MESSAGES);
            EngineFixture.await(() -> late.backlog() == 0, "the late group to consume what remains");
            assertThat(remaining).hasSizeLessThan(MESSAGES);
            assertThat(remaining).extracting(d -> d.message().routingKey()).doesNotHaveDuplicates();
        }
    }

    @Test
    void aTopicsRetentionTimeKeepsConsumedSegments() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, SMALL_SEGMENTS)) {
            f.engine.declareTopic("t", TopicOptions.defaults(1).withRetention(Duration.ofHours(1)));
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            fill(f, "t");
            consumeAll(g);
            f.engine.checkpointAndApplyRetention();
            assertThat(f.engine.openGroup("t", "late", GroupOptions.durable(ConsumeMode.CONCURRENT)).backlog()).isEqualTo(MESSAGES);
        }
    }

    @Test
    void retentionSurvivesARestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, SMALL_SEGMENTS)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            fill(f, "t");
            consumeAll(g);
            f.engine.checkpointAndApplyRetention();
            send(f.engine.createProducer("t"), text("after"));
            f.reopen();
            ConsumerGroup again = f.engine.group("t", "g").orElseThrow();
            EngineFixture.awaitBacklog(again, 1);
            assertThat(EngineFixture.text(Collector.attach(again, null, 10).next())).isEqualTo("after");
        }
    }
}
