package io.sluice.benchmarks.jms;

import java.time.Duration;

/**
 * How much traffic one cell sends: message count, body size, how long it may take at most, and how many messages
 * the backlog cell stores before draining them.
 */
record Workload(int messages, int bodyBytes, Duration timeout, int backlogMessages) {

    static Workload smoke() {
        return new Workload(200, 1024, Duration.ofMinutes(2), 300);
    }

    static Workload full() {
        return new Workload(5_000, 1024, Duration.ofMinutes(10), 200_000);
    }

    Workload withMessages(int count) {
        return new Workload(count, bodyBytes, timeout, backlogMessages);
    }

    Workload withBacklogMessages(int count) {
        return new Workload(messages, bodyBytes, timeout, count);
    }
}
