package io.sluice.tck.connecting;

import io.sluice.tck.JmsTestSupport;
import io.sluice.tck.ProviderFixture;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 6.1: connections, client identifiers, start/stop, metadata and close. */
class ConnectionTest extends JmsTestSupport {

    @Test
    void stoppedConnectionDeliversNothingUntilStarted() throws Exception {
        Connection connection = stoppedConnection();
        Session session = connection.createSession();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(session.createTextMessage("x"));
        assertNoMessage(consumer);
        connection.start();
        receive(consumer);
    }

    @Test
    void stopPausesDeliveryAndStartResumesIt() throws Exception {
        Connection connection = connection();
        Session session = connection.createSession();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        connection.stop();
        session.createProducer(queue).send(session.createTextMessage("x"));
        assertNoMessage(consumer);
        connection.start();
        receive(consumer);
    }

    @Test
    void startAndStopAreIdempotent() throws Exception {
        Connection connection = connection();
        connection.start();
        connection.stop();
        connection.stop();
        connection.start();
    }

    @Test
    void clientIdCanBeSetOnceBeforeUse() throws Exception {
        Connection connection = stoppedConnection();
        String id = uniqueName("client");
        connection.setClientID(id);
        assertThat(connection.getClientID()).isEqualTo(id);
        assertThatThrownBy(() -> connection.setClientID(id + "-again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdCannotBeSetAfterTheConnectionIsUsed() throws Exception {
        Connection connection = stoppedConnection();
        connection.createSession();
        assertThatThrownBy(() -> connection.setClientID(uniqueName("client")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void administeredClientIdCannotBeChanged() throws Exception {
        Connection connection = closeLater(ProviderFixture.get().clientIdConnectionFactory().createConnection());
        assertThatThrownBy(() -> connection.setClientID("other")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdInUseByAnotherConnectionIsRejected() throws Exception {
        String id = uniqueName("client");
        stoppedConnection().setClientID(id);
        Connection second = stoppedConnection();
        assertThatThrownBy(() -> second.setClientID(id)).isInstanceOf(InvalidClientIDException.class);
    }

    @Test
    void clientIdIsFreeAgainOnceItsConnectionCloses() throws Exception {
        String id = uniqueName("client");
        Connection first = stoppedConnection();
        first.setClientID(id);
        first.close();
        stoppedConnection().setClientID(id);
    }

    @Test
    void metaDataNamesTheSpecVersionAndJmsxProperties() throws Exception {
        ConnectionMetaData metaData = stoppedConnection().getMetaData();
        assertThat(metaData.getJMSMajorVersion()).isEqualTo(3);
        assertThat(metaData.getJMSMinorVersion()).isEqualTo(1);
        assertThat(metaData.getJMSVersion()).isEqualTo("3.1");
        assertThat(metaData.getJMSProviderName()).isNotBlank();
        assertThat(Collections.list(metaData.getJMSXPropertyNames()))
                .contains("JMSXGroupID", "JMSXGroupSeq", "JMSXDeliveryCount");
    }

    @Test
    void closeIsIdempotent() throws Exception {
        Connection connection = connection();
        connection.close();
        connection.close();
    }

    @Test
    void closedConnectionRefusesUse() throws Exception {
        Connection connection = connection();
        connection.close();
        assertThatThrownBy(connection::createSession).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::getClientID).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::getMetaData).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheConnectionClosesItsSessionsAndConsumers() throws Exception {
        Connection connection = connection();
        Session session = connection.createSession();
        MessageConsumer consumer = session.createConsumer(queue(session));
        connection.close();
        assertThatThrownBy(() -> session.createTextMessage("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> consumer.receive(10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeUnblocksAPendingReceive() throws Exception {
        Connection connection = connection();
        Session session = connection.createSession();
        MessageConsumer consumer = session.createConsumer(queue(session));
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(300);
                connection.close();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        closer.start();
        assertThat(consumer.receive(30_000)).isNull();
        closer.join();
    }

    @Test
    void exceptionListenerCanBeSetAndRead() throws Exception {
        Connection connection = stoppedConnection();
        ExceptionListener listener = e -> { };
        connection.setExceptionListener(listener);
        assertThat(connection.getExceptionListener()).isSameAs(listener);
    }

    @Test
    void connectionWithCredentialsIsAccepted() throws Exception {
        closeLater(factory().createConnection("j2ee", "j2ee")).start();
    }
}
