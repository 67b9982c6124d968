package io.sluice.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumeQueueStoreTest {

    @TempDir
    Path dir;

    private StoreConfig config() {
        return StoreConfig.defaults(dir).withSegmentBytes(64 * 1024);
    }

    private Path queuesDir() {
        return dir.resolve("consumequeue");
    }

    private static void awaitDispatched(Dispatcher dispatcher, long position) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (dispatcher.dispatchedPosition() < position && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(dispatcher.dispatchedPosition()).isGreaterThanOrEqualTo(position);
    }

    @Test
    void theDispatcherIndexesMessagesPerQueueAndTellsHandlersOfEveryRecord() throws Exception {
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            List<String> seen = new CopyOnWriteArrayList<>();
            dispatcher.addHandler((position, size, record, offset) -> seen.add(record.type() + ":" + offset));
            dispatcher.start(log.writePosition());
            AppendResult a = log.append(Records.message("orders", 0, "a")).get(10, TimeUnit.SECONDS);
            log.append(Records.message("orders", 1, "b")).get(10, TimeUnit.SECONDS);
            log.append(new LogRecord(RecordType.ACK, 0, "orders", 0, null, Map.of(), null)).get(10, TimeUnit.SECONDS);
            LogRecord withHash = new LogRecord(RecordType.MESSAGE, 0, "orders", 0, null, Map.of("fh", "42"), new byte[1]);
            log.append(withHash).get(10, TimeUnit.SECONDS);
            awaitDispatched(dispatcher, log.writePosition());

            assertThat(seen).containsExactly("MESSAGE:0", "MESSAGE:0", "ACK:-1", "MESSAGE:1");
            ConsumeQueue queue0 = queues.queue("orders", 0);
            assertThat(queue0.maxOffset()).isEqualTo(2);
            assertThat(queue0.get(0).logPosition()).isEqualTo(a.position());
            assertThat(queue0.get(0).size()).isEqualTo(a.size());
            assertThat(queue0.get(1).filterHash()).isEqualTo(42);
            assertThat(queue0.get(2)).isNull();
            assertThat(queues.queueCount("orders")).isEqualTo(2);
            assertThat(queues.topics()).containsExactly("orders");
        }
    }

    @Test
    void aCheckpointFsyncsOnlyTheQueuesWrittenSinceThePreviousOne() throws Exception {
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            dispatcher.start(log.writePosition());
            log.append(Records.message("idle", 0, "a")).get(10, TimeUnit.SECONDS);
            log.append(Records.message("busy", 0, "b")).get(10, TimeUnit.SECONDS);
            awaitDispatched(dispatcher, log.writePosition());
            ConsumeQueue idle = queues.queue("idle", 0);
            ConsumeQueue busy = queues.queue("busy", 0);
            assertThat(idle.hasUnforcedChanges()).isTrue();
            queues.checkpoint();
            assertThat(idle.hasUnforcedChanges()).isFalse();
            assertThat(busy.hasUnforcedChanges()).isFalse();

            log.append(Records.message("busy", 0, "c")).get(10, TimeUnit.SECONDS);
            awaitDispatched(dispatcher, log.writePosition());
            assertThat(busy.hasUnforcedChanges()).isTrue();
            assertThat(idle.hasUnforcedChanges()).isFalse();
            queues.checkpoint();
            assertThat(busy.hasUnforcedChanges()).isFalse();
        }
    }

    /** Pipelined appends make batches of many records, and with small segments many batches cross a roll. */
    @Test
    void everyRecordOfABatchThatCrossesASegmentRollIsIndexed() throws Exception {
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            dispatcher.start(log.writePosition());
            List<java.util.concurrent.CompletableFuture<AppendResult>> pending = new ArrayList<>();
            String body = "x".repeat(1000);
            for (int i = 0; i < 3000; i++) {
                pending.add(log.append(Records.message("t", 0, body + i)));
            }
            List<Long> positions = new ArrayList<>();
            for (var append : pending) {
                positions.add(append.get(20, TimeUnit.SECONDS).position());
            }
            awaitDispatched(dispatcher, log.writePosition());

            ConsumeQueue queue = queues.queue("t", 0);
            assertThat(queue.maxOffset()).isEqualTo(3000);
            List<Long> indexed = new ArrayList<>();
            for (long offset = 0; offset < 3000; offset++) {
                indexed.add(queue.get(offset).logPosition());
            }
            assertThat(indexed).isEqualTo(positions);
        }
    }

    @Test
    void queuesAreRebuiltFromTheLogWhenTheirFilesAreLostOrBehind() throws Exception {
        List<AppendResult> appended = new ArrayList<>();
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            dispatcher.start(log.writePosition());
            for (int i = 0; i < 50; i++) {
                appended.add(log.append(Records.message("t", i % 2, "m" + i)).get(10, TimeUnit.SECONDS));
            }
            awaitDispatched(dispatcher, log.writePosition());
        }
        deleteRecursively(queuesDir());
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log)) {
            ConsumeQueue queue1 = queues.queue("t", 1);
            assertThat(queue1.maxOffset()).isEqualTo(25);
            assertThat(queue1.get(24).logPosition()).isEqualTo(appended.get(49).position());
            AppendResult next = log.append(Records.message("t", 1, "next")).get(10, TimeUnit.SECONDS);
            try (Dispatcher dispatcher = new Dispatcher(log, queues)) {
                dispatcher.start(next.position());
                awaitDispatched(dispatcher, log.writePosition());
            }
            assertThat(queue1.get(25).logPosition()).as("offsets continue after a rebuild").isEqualTo(next.position());
        }
    }

    @Test
    void recordsAppendedAfterTheLastCheckpointAreIndexedOnOpen() throws Exception {
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log)) {
            // no dispatcher runs: the queues know nothing of these until recovery indexes them
            for (int i = 0; i < 5; i++) {
                log.append(Records.message("late", 0, "m" + i)).get(10, TimeUnit.SECONDS);
            }
        }
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log)) {
            assertThat(queues.queue("late", 0).maxOffset()).isEqualTo(5);
            assertThat(Records.body(log.read(queues.queue("late", 0).get(4).logPosition()))).isEqualTo("m4");
        }
    }

    @Test
    void oddTopicNamesGetSafeDirectories() throws Exception {
        List<String> names = List.of("..", "a/b", "with space", "ünïcödé", "*", "x".repeat(300), "C:\\evil");
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            dispatcher.start(log.writePosition());
            for (String name : names) {
                log.append(Records.message(name, 0, name)).get(10, TimeUnit.SECONDS);
            }
            awaitDispatched(dispatcher, log.writePosition());
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            assertThat(all).allMatch(p -> p.normalize().startsWith(dir));
        }
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log)) {
            assertThat(queues.topics()).containsExactlyInAnyOrderElementsOf(names);
            for (String name : names) {
                assertThat(Records.body(log.read(queues.queue(name, 0).get(0).logPosition()))).isEqualTo(name);
            }
        }
    }

    @Test
    void relocateAndDeleteBefore() throws Exception {
        try (CommitLog log = CommitLog.open(config());
             ConsumeQueueStore queues = ConsumeQueueStore.open(queuesDir(), log);
             Dispatcher dispatcher = new Dispatcher(log, queues)) {
            dispatcher.start(log.writePosition());
            for (int i = 0; i < 3; i++) {
                log.append(Records.message("r", 0, "m" + i)).get(10, TimeUnit.SECONDS);
            }
            AppendResult copy = log.append(new LogRecord(RecordType.MOVE, 0, "r", 0, null, Map.of(), new byte[3]))
                    .get(10, TimeUnit.SECONDS);
            awaitDispatched(dispatcher, log.writePosition());
            ConsumeQueue queue = queues.queue("r", 0);
            queue.relocate(0, copy.position(), copy.size());
            assertThat(queue.get(0).logPosition()).isEqualTo(copy.position());
            queue.deleteBefore(2);
            assertThat(queue.minOffset()).isEqualTo(2);
            assertThat(queue.get(1)).isNull();
            assertThat(queue.get(2)).isNotNull();
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
