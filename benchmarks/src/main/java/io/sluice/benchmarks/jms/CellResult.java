package io.sluice.benchmarks.jms;

import org.HdrHistogram.Histogram;

/** What one scenario measured on one broker: throughput and the latency distribution in microseconds. */
record CellResult(double perSecond, Histogram latencyMicros) {

    double percentileMicros(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile);
    }
}
