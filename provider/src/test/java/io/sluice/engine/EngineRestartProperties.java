package io.sluice.engine;

import io.sluice.engine.EngineFixture.Collector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real engine and store: random sends, acks and releases with clean restarts in between.
 * After every reopen the group resumes at its committed offset: exactly the unacknowledged messages
 * come back, acknowledged ones never do.
 */
class EngineRestartProperties {

    @Property(tries = 8)
    void aReopenedGroupResumesAtItsCommittedOffsets(@ForAll long seed, @ForAll ConsumeMode mode,
                                                    @ForAll @IntRange(min = 1, max = 3) int restarts) throws IOException {
        Path dir = Files.createTempDirectory("engine-restart");
        Random random = new Random(seed);
        Set<String> sent = new HashSet<>();
        Set<String> acked = new HashSet<>();
        try (EngineFixture f = new EngineFixture(dir)) {
            f.topic("t", 2);
            int next = 0;
            for (int round = 0; round <= restarts; round++) {
                ConsumerGroup g = f.engine.openGroup("t", "g", GroupOptions.durable(mode));
                ProducerHandle p = f.engine.createProducer("t");
                int sends = random.nextInt(8);
                for (int i = 0; i < sends; i++) {
                    String text = "m" + next++;
                    EngineFixture.send(p, EngineFixture.text(text).withRoutingKey(random.nextBoolean() ? text : null));
                    sent.add(text);
                }
                long expectedBacklog = sent.size() - acked.size();
                EngineFixture.awaitBacklog(g, expectedBacklog);
                assertThat(g.browse(null, 1000)).extracting(EngineFixture::text)
                        .hasSize((int) expectedBacklog).noneMatch(acked::contains);
                Collector c = Collector.attach(g, null, (int) expectedBacklog);
                int toTake = expectedBacklog == 0 ? 0 : random.nextInt((int) expectedBacklog + 1);
                for (int i = 0; i < toTake; i++) {
                    Delivery d = c.next();
                    String text = EngineFixture.text(d);
                    assertThat(acked).doesNotContain(text);
                    int action = random.nextInt(3);
                    if (action < 2) {
                        c.ack(d);
                        acked.add(text);
                    } else {
                        c.handle.release(d.deliveryId(), random.nextBoolean());
                        break; // in ORDERED mode the released message blocks its queue for this round
                    }
                }
                f.reopen();
            }
            ConsumerGroup g = f.engine.group("t", "g").orElseThrow();
            assertThat(g.backlog()).isEqualTo(sent.size() - acked.size());
            Collector last = Collector.attach(g, null, 1000);
            Set<String> restTexts = new HashSet<>();
            for (int i = 0; i < sent.size() - acked.size(); i++) {
                restTexts.add(EngineFixture.text(last.nextAndAck())); // ORDERED: the next comes after the ack
            }
            Set<String> expected = new HashSet<>(sent);
            expected.removeAll(acked);
            assertThat(restTexts).isEqualTo(expected);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
