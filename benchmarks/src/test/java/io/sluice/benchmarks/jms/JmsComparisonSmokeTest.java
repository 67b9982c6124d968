package io.sluice.benchmarks.jms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison starts both brokers, moves every scenario's traffic through each and reports it; no speed is asserted. */
class JmsComparisonSmokeTest {

    @TempDir
    Path dataDir;

    @Test
    void everyScenarioRunsOnBothBrokersAndIsReported() throws Exception {
        String report = JmsComparison.run(Workload.smoke(), 1, dataDir);
        for (Scenario scenario : Scenario.values()) {
            assertThat(report).contains("| " + scenario.title + " | ");
        }
        assertThat(report).contains("Sluice durability: flushPolicy=SYNC", "Artemis durability: journal-type=NIO");
    }
}
