package io.sluice.benchmarks.jms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison starts both brokers, moves every scenario's traffic through each and reports it; no speed is asserted. */
class JmsComparisonSmokeTest {

    @TempDir
    Path dataDir;

    @Test
    void everyScenarioRunsOnBothBrokersAndIsReportedAndCharted() throws Exception {
        List<ComparisonReport> reports = JmsComparison.run(Workload.smoke(), 1, dataDir, CellSelection.parse("", ""));
        String report = JmsComparison.markdown(reports);
        for (Scenario scenario : Scenario.values()) {
            assertThat(report).contains("| " + scenario.title + " | ");
        }
        assertThat(report).contains("Sluice durability: flushPolicy=SYNC", "Artemis durability: journal-type=NIO",
                "fsync/s (4 KiB write + fdatasync)", "| fill /s | ", "| drain /s | ", "| 1000 | ");
        Path chart = dataDir.resolve(JmsComparison.CHART);
        ResultsChart.write(chart, reports);
        assertThat(ImageIO.read(chart.toFile()).getHeight()).isGreaterThan(100);
    }
}
