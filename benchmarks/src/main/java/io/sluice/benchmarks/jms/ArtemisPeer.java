package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Apache ActiveMQ Artemis embedded in this JVM on its default durability, reached through its in-VM connector. */
final class ArtemisPeer implements PeerBroker {

    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final ActiveMQConnectionFactory factory;

    ArtemisPeer(Path dataDir) throws Exception {
        int serverId = SERVER_IDS.incrementAndGet();
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                        java.util.Map.of("serverId", serverId)));
        server.setConfiguration(config);
        server.start();
        factory = new ActiveMQConnectionFactory(false, new TransportConfiguration(InVMConnectorFactory.class.getName(),
                java.util.Map.of("serverId", serverId)));
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
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    @Override
    public void close() throws Exception {
        factory.close();
        server.stop();
    }
}
