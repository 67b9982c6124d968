package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import io.sluice.store.FlushPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static io.sluice.engine.EngineFixture.send;
import static io.sluice.engine.EngineFixture.sendTexts;
import static io.sluice.engine.EngineFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class TopicGrowthAndModesTest {
    @TempDir
    Path dir;

    @Test
    void aGrownTopicsNewQueuesReachExistingGroups() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Collector c = Collector.attach(g, null, 100);
            sendTexts(f.engine.createProducer("t"), "before");
            assertThat(text(c.nextAndAck())).isEqualTo("before");
            f.topic("t", 3);
            Set<Integer> queues = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                ProducerHandle p = f.engine.createProducer("t");
                queues.add(p.queueId());
                sendTexts(p, "after-" + i);
            }
            assertThat(queues).containsExactlyInAnyOrder(0, 1, 2);
            Set<Integer> delivered = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                delivered.add(c.nextAndAck().queueId());
            }
            assertThat(delivered).containsExactlyInAnyOrder(0, 1, 2);
            f.reopen();
            assertThat(f.engine.topic("t").orElseThrow().queueCount()).isEqualTo(3);
            assertThat(f.engine.group("t", "g").orElseThrow().backlog()).isZero();
        }
    }

    @Test
    void aDurableGroupReopenedAfterARestartAppliesItsRebuiltFilter() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 1);
            f.engine.openGroup("t", "sub", GroupOptions.durable(ConsumeMode.CONCURRENT).withFilter(m -> m.priority() > 5));
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("low").withPriority(1));
            send(p, text("high").withPriority(9));
            f.reopen();
            ConsumerGroup reopened = f.engine.openGroup("t", "sub",
                    GroupOptions.durable(ConsumeMode.CONCURRENT).withFilter(m -> m.priority() > 5));
            Collector c = Collector.attach(reopened, null, 10);
            assertThat(text(c.nextAndAck())).isEqualTo("high");
            EngineFixture.awaitBacklog(reopened, 0);
        }
    }

    @Test
    void underAsyncFlushingMessagesAreDeliveredAndSurviveACleanRestart() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withStore(c.store().withFlushPolicy(FlushPolicy.ASYNC)))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.ORDERED));
            ProducerHandle p = f.engine.createProducer("t");
            send(p, text("persistent").withFilterHash(42));
            send(p, text("non-persistent").withDurable(false));
            Collector c = Collector.attach(g, null, 10);
            Delivery first = c.nextAndAck();
            assertThat(first.message().durable()).isTrue();
            assertThat(first.message().filterHash()).isEqualTo(42);
            f.reopen();
            Delivery second = Collector.attach(f.engine.group("t", "g").orElseThrow(), null, 10).next();
            assertThat(text(second)).isEqualTo("non-persistent");
            assertThat(second.message().durable()).isFalse();
        }
    }
}
