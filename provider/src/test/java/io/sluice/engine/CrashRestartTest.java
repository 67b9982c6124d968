package io.sluice.engine;

import io.sluice.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM (destroyForcibly) while it sends and acknowledges, reopens its directory and checks
 * the engine's promises: every send that completed is delivered again unless it was acknowledged, no
 * message whose ack completed is delivered again, and everything that may have been delivered before
 * the crash comes back flagged as redelivered.
 */
class CrashRestartTest {
    @TempDir
    Path dir;

    @Test
    void aKilledBrokerKeepsEveryCompletedSendAndEveryCompletedAck() throws Exception {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        Set<Integer> acking = ConcurrentHashMap.newKeySet();
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        try (ChildJvm child = ChildJvm.start(CrashChild.class, line -> record(line, sent, acking, acked), dir.toString())) {
            EngineFixture.await(() -> sent.size() >= 400 && acked.size() >= 100 || !child.isAlive(), "the child to send and ack");
            assertThat(child.isAlive()).as("child still running").isTrue();
            child.kill();
        }

        Set<Integer> delivered = new HashSet<>();
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        try (Engine engine = Engine.open(CrashChild.config(dir))) {
            ConsumerGroup group = engine.openGroup(CrashChild.TOPIC, CrashChild.GROUP, CrashChild.groupOptions());
            ConsumerHandle[] consumer = new ConsumerHandle[1];
            consumer[0] = group.attach(d -> {
                deliveries.add(d);
                consumer[0].ack(d.deliveryId());
            }, null);
            consumer[0].grantCredit(Integer.MAX_VALUE);
            EngineFixture.await(() -> group.backlog() == 0, "the recovered backlog to drain");
        }
        for (Delivery d : deliveries) {
            int n = Integer.parseInt(new String(d.message().payload(), StandardCharsets.UTF_8));
            assertThat(delivered.add(n)).as("message %d delivered twice after recovery", n).isTrue();
            assertThat(d.redelivered()).as("message %d existed before the crash", n).isTrue();
        }
        assertThat(delivered).as("messages whose ack completed").doesNotContainAnyElementsOf(acked);
        // an ack requested but not completed at the crash may or may not have been kept
        Set<Integer> owed = new HashSet<>(sent);
        owed.removeAll(acking);
        owed.removeAll(delivered);
        assertThat(owed).as("completed sends neither acknowledged nor delivered").isEmpty();
    }

    private static void record(String line, Set<Integer> sent, Set<Integer> acking, Set<Integer> acked) {
        if (line.startsWith("SENT ")) {
            sent.add(Integer.parseInt(line.substring(5)));
        } else if (line.startsWith("ACKING ")) {
            acking.add(Integer.parseInt(line.substring(7)));
        } else if (line.startsWith("ACKED ")) {
            acked.add(Integer.parseInt(line.substring(6)));
        }
    }
}
