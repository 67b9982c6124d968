package io.sluice.store;

import io.sluice.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a JVM that is appending, again and again, and checks that every acknowledged append survived, once. */
class CommitLogCrashTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAppendSurvivesSigkillExactlyOnce() throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random();
        long nextId = 0;
        for (int round = 0; round < ROUNDS; round++) {
            CountDownLatch ready = new CountDownLatch(1);
            try (ChildJvm child = ChildJvm.start(AppendingChild.class, line -> {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ")) {
                    acknowledged.add(Long.parseLong(line.substring(4)));
                }
            }, dir.toString(), Long.toString(nextId))) {
                assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
                Thread.sleep(200 + random.nextInt(600));
                child.kill();
            }
            Map<Long, Integer> found = survivors();
            for (long id : acknowledged) {
                assertThat(found).as("acknowledged append %d after round %d", id, round).containsKey(id);
            }
            found.forEach((id, count) -> assertThat(count).as("append %d stored once", id).isEqualTo(1));
            nextId = found.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) + 1_000_000;
        }
        assertThat(acknowledged).as("the children made progress").hasSizeGreaterThan(ROUNDS);
    }

    /** Reopens the log as recovery would and counts every record id; a torn record would fail the scan. */
    private Map<Long, Integer> survivors() throws Exception {
        Map<Long, Integer> found = new HashMap<>();
        try (CommitLog log = CommitLog.open(StoreConfig.defaults(dir).withSegmentBytes(256 * 1024))) {
            log.scan(log.minPosition(), log.writePosition(), (position, size, record) -> {
                String body = Records.body(record);
                long id = Long.parseLong(body.substring(0, body.indexOf(':')));
                assertThat(body.length() - body.indexOf(':') - 1).as("body of %d intact", id).isEqualTo((int) (id % 700));
                found.merge(id, 1, Integer::sum);
            });
        }
        return found;
    }
}
