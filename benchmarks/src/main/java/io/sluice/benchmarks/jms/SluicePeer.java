package io.sluice.benchmarks.jms;

import io.sluice.broker.BrokerConfig;
import io.sluice.client.SluiceConnectionFactory;
import io.sluice.server.ServerConfig;
import io.sluice.server.SluiceServer;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import java.nio.file.Path;

/**
 * Sluice on its default durability (SYNC: group commit, fsync before a send or commit returns), in-VM or behind
 * its Netty server on 127.0.0.1.
 */
final class SluicePeer implements PeerBroker {

    private final SluiceServer server;
    private final SluiceConnectionFactory factory;
    /** Held open so that an embedded broker lives across scenarios instead of closing with their last connection. */
    private final Connection anchor;
    private final Path dataDirectory;

    SluicePeer(Path dataDir, Transport transport) throws JMSException {
        this.dataDirectory = dataDir;
        String name = "bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        if (transport == Transport.TCP) {
            BrokerConfig defaults = BrokerConfig.defaults(name);
            server = SluiceServer.start(ServerConfig.defaults(new BrokerConfig(name, dataDir, defaults.flushPolicy(),
                    defaults.queueCount(), 0, defaults.segmentBytes(), null, false, defaults.orderedQueues())).withPort(0));
            factory = new SluiceConnectionFactory("tcp://127.0.0.1:" + server.port());
        } else {
            server = null;
            factory = new SluiceConnectionFactory("vm://" + name + "?dataDir=" + dataDir.toAbsolutePath());
        }
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
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    @Override
    public void close() throws JMSException {
        anchor.close();
        if (server != null) {
            server.close();
        }
    }
}
