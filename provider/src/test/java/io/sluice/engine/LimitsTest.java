package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static io.sluice.engine.EngineFixture.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class LimitsTest {
    @TempDir
    Path dir;

    @Test
    void sendsFailFastWhileUnacknowledgedDeliveriesHoldTooManyBytes() throws Exception {
        try (EngineFixture f = new EngineFixture(dir, c -> c.withMaxInFlightBytes(1000))) {
            f.topic("t", 1);
            ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            Collector c = Collector.attach(g, null, 10);
            ProducerHandle p = f.engine.createProducer("t");
            send(p, EngineMessage.of(new byte[1500]));
            Delivery held = c.next();
            Throwable refused = catchThrowable(() -> p.send(EngineMessage.of(new byte[10])).join());
            assertThat(refused).isInstanceOf(CompletionException.class).cause()
                    .isInstanceOf(ResourceLimitException.class).hasMessageContaining("maxInFlightBytes");
            assertThat(((ResourceLimitException) refused.getCause()).limit()).isEqualTo(ResourceLimitException.Limit.IN_FLIGHT_BYTES);
            c.ack(held);
            send(p, EngineMessage.of(new byte[10]));
            assertThat(c.next().message().payload()).hasSize(10);
        }
    }

    @Test
    void aFullDiskFailsSendsWithATypedErrorAndLosesNothingAlreadyStored() throws Exception {
        int stored = 0;
        ResourceLimitException full = null;
        try (EngineFixture f = new EngineFixture(dir, c -> c.withStore(c.store().withSegmentBytes(1 << 20).withMaxDiskBytes(3L << 20)))) {
            f.topic("t", 1);
            ProducerHandle p = f.engine.createProducer("t");
            while (full == null && stored < 100) {
                try {
                    p.send(EngineMessage.of(new byte[256 * 1024])).get(EngineFixture.DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    full = (ResourceLimitException) e.getCause();
                }
            }
        }
        assertThat(full).isNotNull();
        assertThat(full.limit()).isEqualTo(ResourceLimitException.Limit.DISK);
        try (EngineFixture reopened = new EngineFixture(dir)) {
            ConsumerGroup g = reopened.engine.openGroup("t", "g", GroupOptions.durable(ConsumeMode.CONCURRENT));
            EngineFixture.awaitBacklog(g, stored);
            assertThat(Collector.attach(g, null, 1000).next(stored)).allMatch(d -> d.message().payload().length == 256 * 1024);
        }
    }

    @Test
    void configurationRejectsNonsense() {
        EngineConfig defaults = EngineConfig.defaults(dir);
        assertThat(catchThrowable(() -> defaults.withMaxInFlightBytes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> defaults.withCheckpointInterval(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> defaults.withAckTimeout(Duration.ofSeconds(-1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> defaults.withDefaultQueueCount(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> defaults.withDeliveryThreads(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> defaults.withLookahead(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
