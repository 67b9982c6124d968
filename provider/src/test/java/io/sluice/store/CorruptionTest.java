package io.sluice.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorruptionTest {

    @TempDir
    Path dir;

    private StoreConfig config() {
        return StoreConfig.defaults(dir).withSegmentBytes(64 * 1024);
    }

    private List<AppendResult> appendTen() throws Exception {
        List<AppendResult> results = new ArrayList<>();
        try (CommitLog log = CommitLog.open(config())) {
            for (int i = 0; i < 10; i++) {
                results.add(log.append(Records.message("t", 0, "record-" + i)).get(10, TimeUnit.SECONDS));
            }
        }
        return results;
    }

    private Path firstSegment() {
        return dir.resolve("commitlog").resolve(String.format("%020d.seg", 0));
    }

    private void overwrite(long fileOffset, byte[] bytes) throws Exception {
        try (FileChannel channel = FileChannel.open(firstSegment(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), fileOffset);
            channel.force(true);
        }
    }

    @Test
    void flippedBytesInTheMiddleAreReportedWithFileAndPositionAndNeighboursStayReadable() throws Exception {
        List<AppendResult> records = appendTen();
        AppendResult damaged = records.get(4);
        overwrite(damaged.position() + damaged.size() - 3, new byte[]{(byte) 0xFF, 0x00, (byte) 0xAA});

        try (CommitLog log = CommitLog.open(config())) {
            assertThat(log.writePosition()).as("valid records after the damage are kept")
                    .isEqualTo(records.get(9).position() + records.get(9).size());
            assertThatThrownBy(() -> log.read(damaged.position()))
                    .isInstanceOfSatisfying(CorruptRecordException.class, e -> {
                        assertThat(e.file()).isEqualTo(firstSegment());
                        assertThat(e.position()).isEqualTo(damaged.position());
                    })
                    .hasMessageContaining("CRC32C");
            assertThat(Records.body(log.read(records.get(3).position()))).isEqualTo("record-3");
            assertThat(Records.body(log.read(records.get(5).position()))).isEqualTo("record-5");

            assertThatThrownBy(() -> log.scan(0, log.writePosition(), (p, s, r) -> { }))
                    .isInstanceOf(CorruptRecordException.class);
            List<String> healthy = new ArrayList<>();
            List<CorruptRecordException> reported = new ArrayList<>();
            log.scanSkippingCorrupt(0, log.writePosition(), (p, s, r) -> healthy.add(Records.body(r)), reported::add);
            assertThat(healthy).hasSize(9).doesNotContain("record-4").contains("record-3", "record-5", "record-9");
            assertThat(reported).singleElement().extracting(CorruptRecordException::position).isEqualTo(damaged.position());
        }
    }

    @Test
    void aDamagedLengthFieldIsSkippedByResynchronising() throws Exception {
        List<AppendResult> records = appendTen();
        overwrite(records.get(2).position(), new byte[]{0x7F, 0x7F, 0x7F, 0x7F});
        try (CommitLog log = CommitLog.open(config())) {
            assertThat(log.resynchronise(records.get(2).position())).isEqualTo(records.get(3).position());
            List<String> healthy = new ArrayList<>();
            log.scanSkippingCorrupt(0, log.writePosition(), (p, s, r) -> healthy.add(Records.body(r)), e -> { });
            assertThat(healthy).hasSize(9).doesNotContain("record-2");
        }
    }

    @Test
    void aTornLastRecordIsCutOffAndNeverReturned() throws Exception {
        List<AppendResult> records = appendTen();
        AppendResult last = records.get(9);
        overwrite(last.position() + last.size() / 2, new byte[]{1, 2, 3, 4, 5, 6, 7, 8});

        try (CommitLog log = CommitLog.open(config())) {
            assertThat(log.writePosition()).isEqualTo(last.position());
            List<String> all = new ArrayList<>();
            log.scan(0, log.writePosition(), (p, s, r) -> all.add(Records.body(r)));
            assertThat(all).hasSize(9).last().isEqualTo("record-8");
            AppendResult next = log.append(Records.message("t", 0, "after-cut")).get(10, TimeUnit.SECONDS);
            assertThat(next.position()).isEqualTo(last.position());
        }
        try (CommitLog log = CommitLog.open(config())) {
            assertThat(Records.body(log.read(last.position()))).isEqualTo("after-cut");
        }
    }

    @Test
    void aHalfWrittenRecordAtTheTailIsCutOff() throws Exception {
        List<AppendResult> records = appendTen();
        AppendResult last = records.get(9);
        // the crash came after the length was written but before the rest of the record
        overwrite(last.position() + 4, new byte[last.size() - 4]);
        try (CommitLog log = CommitLog.open(config())) {
            assertThat(log.writePosition()).isEqualTo(last.position());
        }
    }
}
