package io.sluice.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitLogTest {

    @TempDir
    Path dir;

    private StoreConfig small() {
        return StoreConfig.defaults(dir).withSegmentBytes(64 * 1024);
    }

    @Test
    void appendedRecordsReadBackWithEveryField() throws Exception {
        LogRecord record = new LogRecord(RecordType.HALF_MESSAGE, 1234L, "orders", 3, new byte[]{1, 2, 3},
                Map.of("priority", "7", "key", "ünïcode"), new byte[]{9, 8, 7});
        try (CommitLog log = CommitLog.open(small())) {
            AppendResult result = log.append(record).get(10, TimeUnit.SECONDS);
            LogRecord read = log.read(result.position());
            assertThat(read.type()).isEqualTo(RecordType.HALF_MESSAGE);
            assertThat(read.timestamp()).isEqualTo(1234L);
            assertThat(read.topic()).isEqualTo("orders");
            assertThat(read.queueId()).isEqualTo(3);
            assertThat(read.transactionId()).containsExactly(1, 2, 3);
            assertThat(read.properties()).isEqualTo(record.properties());
            assertThat(read.body()).containsExactly(9, 8, 7);
            assertThat(log.durablePosition()).isEqualTo(result.position() + result.size());
        }
    }

    @Test
    void recordsSurviveReopenAndAppendsContinueAfterThem() throws Exception {
        List<AppendResult> first = new ArrayList<>();
        try (CommitLog log = CommitLog.open(small())) {
            for (int i = 0; i < 100; i++) {
                first.add(log.append(Records.message("t", 0, "m" + i)).get(10, TimeUnit.SECONDS));
            }
        }
        try (CommitLog log = CommitLog.open(small())) {
            for (int i = 0; i < 100; i++) {
                assertThat(Records.body(log.read(first.get(i).position()))).isEqualTo("m" + i);
            }
            AppendResult next = log.append(Records.message("t", 0, "after")).get(10, TimeUnit.SECONDS);
            assertThat(next.position()).isGreaterThanOrEqualTo(first.get(99).position() + first.get(99).size());
            List<String> scanned = new ArrayList<>();
            log.scan(log.minPosition(), log.writePosition(), (p, s, r) -> scanned.add(Records.body(r)));
            assertThat(scanned).hasSize(101).endsWith("after").startsWith("m0");
        }
    }

    @Test
    void rollsToNewSegmentsWhenOneIsFull() throws Exception {
        try (CommitLog log = CommitLog.open(small())) {
            String body = "x".repeat(1000);
            for (int i = 0; i < 200; i++) {
                log.append(Records.message("t", 0, body + i)).get(10, TimeUnit.SECONDS);
            }
            assertThat(log.segments()).hasSizeGreaterThan(2);
            List<String> scanned = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> scanned.add(Records.body(r)));
            assertThat(scanned).hasSize(200).last().isEqualTo(body + 199);
        }
        try (CommitLog log = CommitLog.open(small())) {
            List<String> scanned = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> scanned.add(Records.body(r)));
            assertThat(scanned).hasSize(200);
        }
    }

    @Test
    void asyncSegmentsAreSparseYetRollAndReopenLikeZeroFilledOnes() throws Exception {
        StoreConfig async = small().withFlushPolicy(FlushPolicy.ASYNC).withAsyncFlushIntervalMillis(5);
        String body = "x".repeat(1000);
        try (CommitLog log = CommitLog.open(async)) {
            for (int i = 0; i < 200; i++) {
                log.append(Records.message("t", 0, body + i)).get(10, TimeUnit.SECONDS);
            }
            assertThat(log.segments()).hasSizeGreaterThan(2);
            assertThat(log.segments()).extracting(SegmentInfo::size).containsOnly(64L * 1024);
        }
        try (CommitLog log = CommitLog.open(async)) {
            List<String> scanned = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> scanned.add(Records.body(r)));
            assertThat(scanned).hasSize(200).last().isEqualTo(body + 199);
            AppendResult next = log.append(Records.message("t", 0, "after")).get(10, TimeUnit.SECONDS);
            assertThat(Records.body(log.read(next.position()))).isEqualTo("after");
        }
    }

    @Test
    void manyThreadsAppendConcurrentlyAndEveryAppendLandsOnce() throws Exception {
        Set<Long> positions = ConcurrentHashMap.newKeySet();
        try (CommitLog log = CommitLog.open(small())) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    List<CompletableFuture<AppendResult>> futures = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        futures.add(log.append(Records.message("t", thread, thread + "-" + i)));
                    }
                    futures.forEach(f -> positions.add(f.join().position()));
                });
                worker.start();
                threads.add(worker);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(positions).hasSize(1600);
            List<String> scanned = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> scanned.add(Records.body(r)));
            assertThat(scanned).hasSize(1600).doesNotHaveDuplicates();
            for (int t = 0; t < 8; t++) {
                String prefix = t + "-";
                List<String> ofThread = scanned.stream().filter(b -> b.startsWith(prefix)).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    expected.add(prefix + i);
                }
                assertThat(ofThread).as("one thread's appends stay in order").isEqualTo(expected);
            }
        }
    }

    @Test
    void asyncPolicyCompletesAndFlushesLater() throws Exception {
        try (CommitLog log = CommitLog.open(small().withFlushPolicy(FlushPolicy.ASYNC).withAsyncFlushIntervalMillis(20))) {
            AppendResult result = log.append(Records.message("t", 0, "async")).get(10, TimeUnit.SECONDS);
            assertThat(log.visiblePosition()).isEqualTo(result.position() + result.size());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (log.durablePosition() < log.writePosition() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(log.durablePosition()).isEqualTo(log.writePosition());
        }
    }

    @Test
    void appendPastTheDiskLimitIsRefusedAndTheLogStaysUsable() throws Exception {
        try (CommitLog log = CommitLog.open(small().withMaxDiskBytes(100 * 1024))) {
            String body = "y".repeat(2000);
            int accepted = 0;
            Throwable refusal = null;
            for (int i = 0; i < 200 && refusal == null; i++) {
                try {
                    log.append(Records.message("t", 0, body)).get(10, TimeUnit.SECONDS);
                    accepted++;
                } catch (ExecutionException e) {
                    refusal = e.getCause();
                }
            }
            assertThat(refusal).isInstanceOf(StoreFullException.class).hasMessageContaining("maxDiskBytes");
            List<LogRecord> all = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> all.add(r));
            assertThat(all).hasSize(accepted);
            long durable = log.durablePosition();
            assertThat(durable).isEqualTo(log.writePosition());
        }
    }

    @Test
    void recordTooLargeForASegmentIsRefused() {
        try (CommitLog log = CommitLog.open(small())) {
            CompletableFuture<AppendResult> result = log.append(Records.message("t", 0, "z".repeat(70 * 1024)));
            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreException.class)
                    .hasMessageContaining("does not fit a segment");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readingOutsideTheLogIsAClearError() throws Exception {
        try (CommitLog log = CommitLog.open(small())) {
            assertThatThrownBy(() -> log.read(12345)).isInstanceOf(StoreException.class).hasMessageContaining("no record");
        }
    }

    @Test
    void appendAfterCloseFails() throws Exception {
        CommitLog log = CommitLog.open(small());
        log.close();
        assertThatThrownBy(() -> log.append(Records.message("t", 0, "late")).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(StoreException.class);
    }

    @Test
    void deletingOldSegmentsRaisesTheMinimumPosition() throws Exception {
        try (CommitLog log = CommitLog.open(small())) {
            String body = "d".repeat(1000);
            AppendResult last = null;
            for (int i = 0; i < 200; i++) {
                last = log.append(Records.message("t", 0, body)).get(10, TimeUnit.SECONDS);
            }
            List<SegmentInfo> before = log.segments();
            log.deleteSegmentsBefore(before.get(2).basePosition());
            assertThat(log.minPosition()).isEqualTo(before.get(2).basePosition());
            assertThat(log.segments()).hasSize(before.size() - 2);
            assertThat(Records.body(log.read(last.position()))).isEqualTo(body);
            assertThatThrownBy(() -> log.read(0)).isInstanceOf(StoreException.class);
        }
        try (CommitLog log = CommitLog.open(small())) {
            assertThat(log.minPosition()).isGreaterThan(0);
        }
    }
}
