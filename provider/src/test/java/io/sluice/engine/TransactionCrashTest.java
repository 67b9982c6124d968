package io.sluice.engine;

import io.sluice.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine running transactions across two topics, each acknowledging one input message, is killed with SIGKILL.
 * After recovery every transaction is all there or not at all: its three messages visible and its input consumed,
 * or none of its messages and its input delivered again; every transaction whose commit completed is there; a
 * transaction never committed left nothing.
 */
class TransactionCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledEngineKeepsEveryTransactionWholeOrNotAtAll() throws Exception {
        Set<Integer> committed = ConcurrentHashMap.newKeySet();
        try (ChildJvm child = ChildJvm.start(TransactionCrashChild.class, line -> {
            if (line.startsWith("COMMITTED ")) {
                committed.add(Integer.parseInt(line.substring(10)));
            }
        }, dir.toString())) {
            EngineFixture.await(() -> committed.size() >= 300 || !child.isAlive(), "the child to commit transactions");
            assertThat(child.isAlive()).as("child still running").isTrue();
            child.kill();
        }
        try (Engine engine = Engine.open(CrashChild.config(dir))) {
            assertThat(engine.transactions().prepared()).isEmpty();
            Map<Integer, Set<String>> parts = new HashMap<>();
            Set<String> consumedInputs = new HashSet<>();
            for (String topic : List.of("a", "b")) {
                for (String text : drain(engine, topic)) {
                    assertThat(text).as("a message of a transaction never committed").isNotEqualTo("open");
                    String[] fields = text.split(":");
                    int n = Integer.parseInt(fields[0]);
                    assertThat(parts.computeIfAbsent(n, k -> new HashSet<>()).add(fields[2]))
                            .as("part %s of transaction %d twice", fields[2], n).isTrue();
                    consumedInputs.add(fields[1]);
                }
            }
            parts.forEach((n, got) -> assertThat(got).as("transaction %d whole", n).containsExactlyInAnyOrder("0", "1", "2"));
            assertThat(parts.keySet()).as("every completed commit survives").containsAll(committed);
            Set<String> inputsLeft = new HashSet<>(drain(engine, "in"));
            assertThat(inputsLeft).as("inputs consumed by a visible transaction").doesNotContainAnyElementsOf(consumedInputs);
            assertThat(inputsLeft.size() + consumedInputs.size()).as("no input lost")
                    .isEqualTo(TransactionCrashChild.INPUTS);
        }
    }

    private static List<String> drain(Engine engine, String topic) {
        ConsumerGroup group = engine.openGroup(topic, "g", CrashChild.groupOptions());
        List<String> texts = new CopyOnWriteArrayList<>();
        ConsumerHandle[] consumer = new ConsumerHandle[1];
        consumer[0] = group.attach(d -> {
            texts.add(new String(d.message().payload(), StandardCharsets.UTF_8));
            consumer[0].ack(d.deliveryId());
        }, null);
        consumer[0].grantCredit(Integer.MAX_VALUE);
        EngineFixture.await(() -> group.backlog() == 0, "topic " + topic + " to drain");
        consumer[0].close();
        return texts;
    }
}
