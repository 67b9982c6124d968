package io.sluice.benchmarks.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the store benchmarks start, run and report; says nothing about speed. */
class StoreBenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsBrieflyAndTheReportNamesEveryFigure() throws Exception {
        StoreBenchmarks.Figures figures = StoreBenchmarks.run(true);
        assertThat(figures.fsyncPerSecond()).isPositive();
        assertThat(figures.sequentialMiBPerSecond()).isPositive();
        assertThat(figures.sync1()).isPositive();
        assertThat(figures.sync8()).isPositive();
        assertThat(figures.asyncMiBPerSecond()).isPositive();
        assertThat(StoreBenchmarks.markdown(figures, true)).contains("fdatasync", "8 threads", "ASYNC", "Smoke run");
    }
}
