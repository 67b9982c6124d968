package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class CompactionTest {
    private static final int HOT_MESSAGES = 60;

    @TempDir
    Path dir;

    @TempDir
    Path crashCopy;

    private static final Function<EngineConfig, EngineConfig> SMALL_SEGMENTS = c -> c
            .withStore(c.store().withSegmentBytes(64 * 1024)).withCheckpointInterval(Duration.ofHours(1));

    /** A queue nobody reads holds one old message; a busy topic fills and consumes several segments. */
    private static void coldMessageBehindBusyTraffic(EngineFixture f) {
        f.topic("cold", 1);
        f.topic("hot", 1);
        f.engine.openGroup("cold", "idle", GroupOptions.durable(ConsumeMode.CONCURRENT));
        ConsumerGroup hot = f.engine.openGroup("hot", "busy", GroupOptions.durable(ConsumeMode.CONCURRENT));
        send(f.engine.createProducer("cold"), text("keep me").withPriority(6).withRoutingKey("k"));
        ProducerHandle p = f.engine.createProducer("hot");
        for (int i = 0; i < HOT_MESSAGES; i++) {
            send(p, EngineMessage.of(new byte[4 * 1024]));
        }
        EngineFixture.awaitBacklog(hot, HOT_MESSAGES);
        Collector c = Collector.attach(hot, null, HOT_MESSAGES);
        c.next(HOT_MESSAGES).forEach(c::ack);
        c.handle.close();
    }

    private static void assertColdMessageIntact(Engine engine) {
        ConsumerGroup cold = engine.group("cold", "idle").orElseThrow();
        assertThat(cold.backlog()).isEqualTo(1);
        Delivery d = Collector.attach(cold, null, 10).next();
        assertThat(text(d)).isEqualTo("keep me");
        assertThat(d.message().priority()).isEqualTo(6);
        assertThat(d.message().routingKey()).isEqualTo("k");
        assertThat(d.queueOffset()).isZero();
    }

    @Test
    void theFewLiveMessagesOfAnOldSegmentMoveForwardSoTheSegmentCanGo() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, SMALL_SEGMENTS)) {
            coldMessageBehindBusyTraffic(f);
            for (int round = 0; round < 3; round++) {
                f.engine.checkpointAndApplyRetention();
            }
            ConsumerGroup late = f.engine.openGroup("hot", "late", GroupOptions.durable(ConsumeMode.CONCURRENT));
            assertThat(late.backlog()).as("old hot segments deleted despite the cold message").isLessThan(HOT_MESSAGES);
            assertColdMessageIntact(f.engine);
        }
    }

    @Test
    void movedMessagesAreFoundAgainAfterACrashAndAfterACleanRestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, SMALL_SEGMENTS)) {
            coldMessageBehindBusyTraffic(f);
            for (int round = 0; round < 3; round++) {
                f.engine.checkpointAndApplyRetention();
            }
            EngineFixture.copyDirectory(dir, crashCopy);
            f.reopen();
            assertColdMessageIntact(f.engine);
        }
        try (EngineFixture recovered = new EngineFixture(crashCopy, SMALL_SEGMENTS)) {
            assertColdMessageIntact(recovered.engine);
        }
    }
}
