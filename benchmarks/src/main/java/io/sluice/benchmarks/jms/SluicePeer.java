package io.sluice.benchmarks.jms;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import java.nio.file.Path;

/** Sluice in-VM on its default durability (SYNC: group commit, fsync before a send or commit returns). */
final class SluicePeer implements PeerBroker {

    private final SluiceConnectionFactory factory;
    /** Held open so that the embedded broker lives across scenarios instead of closing with their last connection. */
    private final Connection anchor;

    SluicePeer(Path dataDir) throws JMSException {
        factory = new SluiceConnectionFactory("vm://bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                + "?dataDir=" + dataDir.toAbsolutePath());
        anchor = factory.createConnection();
    }

    @Override
    public String name() {
        return "Sluice";
    }

    @Override
    public String durability() {
        return "flushPolicy=SYNC (default): a PERSISTENT send or a commit returns after the fsync (fdatasync) of its"
                + " records, appends of concurrent senders share one fsync; a NON_PERSISTENT send returns once written and"
                + " is fsynced with its batch, which makes it visible to consumers";
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    @Override
    public void close() throws JMSException {
        anchor.close();
    }
}
