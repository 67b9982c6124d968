package io.sluice.benchmarks.jms;

/** How the benchmark's clients reach each broker. */
enum Transport {
    IN_VM("in-VM"),
    TCP("TCP loopback (127.0.0.1)");

    final String title;

    Transport(String title) {
        this.title = title;
    }
}
