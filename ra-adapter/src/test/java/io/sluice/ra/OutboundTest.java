package io.sluice.ra;

import io.sluice.broker.EmbeddedBrokers;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionInProgressException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ManagedConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbound contract driven as a container drives it, against a real embedded broker. */
class OutboundTest {

    @TempDir
    Path dataDir;
    private String url;
    private SluiceManagedConnectionFactory mcf;
    private final List<ManagedConnection> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        url = "vm://outbound-test?keepAlive=true&dataDir=" + dataDir;
        mcf = new SluiceManagedConnectionFactory();
        mcf.setConnectionURL(url);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ManagedConnection connection : opened) {
            connection.destroy();
        }
        EmbeddedBrokers.shutdown("outbound-test");
    }

    private ManagedConnection managed() throws Exception {
        ManagedConnection connection = mcf.createManagedConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        opened.add(connection);
        return connection;
    }

    private String receiveText(String queue) throws Exception {
        try (JMSContext context = new io.sluice.client.SluiceConnectionFactory(url).createContext()) {
            return context.createConsumer(context.createQueue(queue)).receiveBody(String.class, 2000);
        }
    }

    @Test
    void aLocalTransactionCommitsOrRollsBackWhatTheHandleSent() throws Exception {
        ManagedConnection managed = managed();
        Connection handle = (Connection) managed.getConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        managed.getLocalTransaction().begin();
        // session parameters are ignored inside the container's transaction (JMS 12.3)
        Session session = handle.createSession(false, Session.AUTO_ACKNOWLEDGE);
        assertThat(session.getTransacted()).isTrue();
        MessageProducer producer = session.createProducer(session.createQueue("orders"));
        producer.send(session.createTextMessage("rolled back"));
        assertThatThrownBy(session::commit).isInstanceOf(TransactionInProgressException.class);
        managed.getLocalTransaction().rollback();
        producer.send(session.createTextMessage("committed"));
        managed.getLocalTransaction().begin();
        managed.getLocalTransaction().commit();
        handle.close();

        assertThat(receiveText("orders")).isEqualTo("committed");
        assertThat(receiveText("orders")).isNull();
    }

    @Test
    void outsideATransactionASessionIsAutoAcknowledgedWhateverWasAsked() throws Exception {
        Connection handle = (Connection) managed().getConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        Session session = handle.createSession(true, Session.SESSION_TRANSACTED);
        assertThat(session.getTransacted()).isFalse();
        assertThat(session.getAcknowledgeMode()).isEqualTo(Session.AUTO_ACKNOWLEDGE);
        session.createProducer(session.createQueue("plain")).send(session.createTextMessage("sent at once"));
        assertThat(receiveText("plain")).isEqualTo("sent at once");
        handle.close();
    }

    @Test
    void aConnectionHasOneSessionAtATimeAndRefusesTheContainersMethods() throws Exception {
        Connection handle = (Connection) managed().getConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        Session first = handle.createSession();
        assertThatThrownBy(handle::createSession).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only one session per connection");
        first.close();
        Session second = handle.createSession();
        assertThatThrownBy(() -> handle.setClientID("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> handle.setExceptionListener(e -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(handle::stop).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.setMessageListener(m -> { })).isInstanceOf(IllegalStateException.class);
        MessageConsumer consumer = second.createConsumer(second.createQueue("q"));
        assertThatThrownBy(() -> consumer.setMessageListener(m -> { })).isInstanceOf(IllegalStateException.class);
        MessageProducer producer = second.createProducer(second.createQueue("q"));
        assertThatThrownBy(() -> producer.send(second.createMessage(), (jakarta.jms.CompletionListener) null))
                .isInstanceOf(IllegalStateException.class);
        handle.close();
        assertThatThrownBy(handle::createSession).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAHandleTellsTheContainerAndTheConnectionIsReusedForTheSameUserOnly() throws Exception {
        ManagedConnection managed = managed();
        List<Object> closedHandles = new ArrayList<>();
        managed.addConnectionEventListener(new ClosedHandles(closedHandles));
        Connection handle = (Connection) managed.getConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        handle.close();
        assertThat(closedHandles).containsExactly(handle);
        managed.cleanup();

        assertThat(mcf.matchManagedConnections(Set.of(managed), null, ConnectionRequest.CONTAINER_MANAGED))
                .isSameAs(managed);
        assertThat(mcf.matchManagedConnections(Set.of(managed), null, new ConnectionRequest("alice", "pw"))).isNull();
        assertThatThrownBy(() -> managed.getConnection(null, new ConnectionRequest("alice", "pw")))
                .isInstanceOf(jakarta.resource.spi.SecurityException.class);
    }

    @Test
    void cleanupInvalidatesHandlesTheApplicationLeftOpen() throws Exception {
        ManagedConnection managed = managed();
        Connection handle = (Connection) managed.getConnection(null, ConnectionRequest.CONTAINER_MANAGED);
        managed.cleanup();
        assertThatThrownBy(handle::createSession).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aContextFromTheFactoryFollowsChapter12AndSendsToAdministeredQueues() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) mcf.createConnectionFactory();
        SluiceAdminQueue queue = new SluiceAdminQueue();
        queue.setName("admin");
        try (JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            assertThat(context.getSessionMode()).isEqualTo(JMSContext.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> context.createContext(JMSContext.AUTO_ACKNOWLEDGE))
                    .isInstanceOf(JMSRuntimeException.class);
            assertThatThrownBy(() -> context.setClientID("x")).isInstanceOf(IllegalStateRuntimeException.class);
            assertThatThrownBy(context::stop).isInstanceOf(IllegalStateRuntimeException.class);
            assertThatThrownBy(() -> context.createProducer().setAsync(null))
                    .isInstanceOf(IllegalStateRuntimeException.class);
            context.createProducer().setProperty("kind", "admin").send((Queue) queue, "to an admin object");
        }
        try (JMSContext context = new io.sluice.client.SluiceConnectionFactory(url).createContext()) {
            Message received = context.createConsumer(context.createQueue("admin")).receive(2000);
            assertThat(((TextMessage) received).getText()).isEqualTo("to an admin object");
            assertThat(received.getStringProperty("kind")).isEqualTo("admin");
        }
    }

    @Test
    void applicationManagedCredentialsReachTheBroker() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) mcf.createConnectionFactory();
        try (Connection connection = factory.createConnection("bob", "secret")) {
            SluiceManagedConnection managed = ((ConnectionHandle) connection).owner();
            assertThat(managed.credentials().user()).isEqualTo("bob");
            assertThat(managed.getMetaData().getUserName()).isEqualTo("bob");
        }
    }

    @Test
    void aFactoryWithABadOrMissingUrlFailsWithATypedError() {
        SluiceManagedConnectionFactory bad = new SluiceManagedConnectionFactory();
        bad.setConnectionURL("http://nowhere");
        assertThatThrownBy(() -> bad.createManagedConnection(null, ConnectionRequest.CONTAINER_MANAGED))
                .isInstanceOf(jakarta.resource.spi.InvalidPropertyException.class)
                .hasMessageContaining("unknown scheme 'http'");
        SluiceManagedConnectionFactory unset = new SluiceManagedConnectionFactory();
        assertThatThrownBy(() -> unset.createManagedConnection(null, ConnectionRequest.CONTAINER_MANAGED))
                .isInstanceOf(jakarta.resource.spi.InvalidPropertyException.class)
                .hasMessageContaining("needs a ConnectionURL");
    }

    @Test
    void anUnreachableBrokerIsACommunicationError() {
        SluiceManagedConnectionFactory remote = new SluiceManagedConnectionFactory();
        remote.setConnectionURL("tcp://127.0.0.1:1");
        assertThatThrownBy(() -> remote.createManagedConnection(null, ConnectionRequest.CONTAINER_MANAGED))
                .isInstanceOf(jakarta.resource.spi.CommException.class)
                .hasMessageContaining("tcp://127.0.0.1:1");
    }

    private record ClosedHandles(List<Object> handles) implements ConnectionEventListener {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            handles.add(event.getConnectionHandle());
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
        }
    }
}
