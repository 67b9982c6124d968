package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;

import java.nio.file.Path;

/** A broker under comparison, started embedded on its own store for one benchmark run. */
interface PeerBroker extends AutoCloseable {

    String name();

    /** Every setting that decides what a returned PERSISTENT send or commit has made durable. */
    String durability();

    ConnectionFactory connectionFactory();

    /** Where the broker keeps its data, whose growth the backlog cell reports. */
    Path dataDirectory();

    @Override
    void close() throws Exception;
}
