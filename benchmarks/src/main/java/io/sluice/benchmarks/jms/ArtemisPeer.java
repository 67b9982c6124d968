package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Apache ActiveMQ Artemis embedded in this JVM on its default durability, reached in-VM or over its Netty acceptor. */
final class ArtemisPeer implements PeerBroker {

    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final ActiveMQConnectionFactory factory;
    private final Path dataDirectory;

    ArtemisPeer(Path dataDir, Transport transport) throws Exception {
        this.dataDirectory = dataDir;
        int serverId = SERVER_IDS.incrementAndGet();
        int port = transport == Transport.TCP ? freeLoopbackPort() : 0;
        TransportConfiguration acceptor = transport == Transport.TCP
                ? new TransportConfiguration(NettyAcceptorFactory.class.getName(), Map.of("host", "127.0.0.1", "port", port))
                : new TransportConfiguration(InVMAcceptorFactory.class.getName(), Map.of("serverId", serverId));
        TransportConfiguration connector = transport == Transport.TCP
                ? new TransportConfiguration(NettyConnectorFactory.class.getName(), Map.of("host", "127.0.0.1", "port", port))
                : new TransportConfiguration(InVMConnectorFactory.class.getName(), Map.of("serverId", serverId));
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .addAcceptorConfiguration(acceptor);
        server.setConfiguration(config);
        server.start();
        factory = new ActiveMQConnectionFactory(false, connector);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String name() {
        return "Artemis";
    }

    @Override
    public String durability() {
        Configuration c = server.getActiveMQServer().getConfiguration();
        return "journal-type=" + c.getJournalType() + ", journal-sync-non-transactional=" + c.isJournalSyncNonTransactional()
                + ", journal-sync-transactional=" + c.isJournalSyncTransactional()
                + ", journal-buffer-timeout=" + c.getJournalBufferTimeout_NIO() + " ns (NIO defaults)"
                + ", journal-datasync=" + c.isJournalDatasync()
                + "; NON_PERSISTENT sends are not journalled";
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
    public void close() throws Exception {
        factory.close();
        server.stop();
    }
}
