package io.sluice.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CommitLogPropertyTest {

    @Property(tries = 30)
    void whateverIsAppendedReadsBackTheSameAfterReopen(@ForAll("records") List<LogRecord> records,
                                                       @ForAll("segmentSizes") int segmentBytes) throws Exception {
        Path dir = Files.createTempDirectory("sluice-log-property");
        try {
            StoreConfig config = StoreConfig.defaults(dir).withSegmentBytes(segmentBytes);
            List<AppendResult> results = new ArrayList<>();
            try (CommitLog log = CommitLog.open(config)) {
                for (LogRecord record : records) {
                    results.add(log.append(record).get(10, TimeUnit.SECONDS));
                }
            }
            try (CommitLog log = CommitLog.open(config)) {
                List<LogRecord> scanned = new ArrayList<>();
                log.scan(log.minPosition(), log.writePosition(), (p, s, r) -> scanned.add(r));
                assertThat(scanned).hasSameSizeAs(records);
                for (int i = 0; i < records.size(); i++) {
                    assertSame(scanned.get(i), records.get(i));
                    assertSame(log.read(results.get(i).position()), records.get(i));
                }
            }
        } finally {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void assertSame(LogRecord actual, LogRecord expected) {
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.timestamp()).isEqualTo(expected.timestamp());
        assertThat(actual.topic()).isEqualTo(expected.topic());
        assertThat(actual.queueId()).isEqualTo(expected.queueId());
        assertThat(actual.transactionId()).isEqualTo(expected.transactionId());
        assertThat(actual.properties()).isEqualTo(expected.properties());
        assertThat(actual.body()).isEqualTo(expected.body());
    }

    @Provide
    Arbitrary<Integer> segmentSizes() {
        return Arbitraries.of(StoreConfig.MIN_SEGMENT_BYTES, 8192, 1 << 20);
    }

    @Provide
    Arbitrary<List<LogRecord>> records() {
        Arbitrary<String> text = Arbitraries.strings().alpha().numeric().withChars("äöü€ _-./").ofMaxLength(20);
        return Combinators.combine(
                Arbitraries.of(RecordType.class),
                Arbitraries.longs(),
                text.filter(t -> !t.isEmpty()),
                Arbitraries.integers().between(0, 64),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
                Arbitraries.maps(text, text).ofMaxSize(4),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)
        ).as(LogRecord::new).list().ofMaxSize(60);
    }
}
