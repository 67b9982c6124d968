package io.sluice.benchmarks.jms;

import java.time.Duration;

/** How much traffic one cell sends: message count, body size and how long it may take at most. */
record Workload(int messages, int bodyBytes, Duration timeout) {

    static Workload smoke() {
        return new Workload(200, 1024, Duration.ofMinutes(2));
    }

    static Workload full() {
        return new Workload(5_000, 1024, Duration.ofMinutes(10));
    }
}
