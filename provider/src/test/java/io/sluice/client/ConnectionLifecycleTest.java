package io.sluice.client;

import io.sluice.broker.EmbeddedBrokers;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void theClientIdCanBeSetOnceBeforeTheConnectionIsUsed() throws Exception {
        SluiceConnectionFactory factory = Brokers.factory(dataDir);
        try (Connection connection = factory.createConnection()) {
            assertThat(connection.getClientID()).isNull();
            connection.setClientID("app-1");
            assertThat(connection.getClientID()).isEqualTo("app-1");
            assertThatThrownBy(() -> connection.setClientID("app-2")).isInstanceOf(IllegalStateException.class);
        }
        try (Connection connection = factory.createConnection()) {
            connection.createSession();
            assertThatThrownBy(() -> connection.setClientID("late")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aClientIdIsUsedByOneConnectionAtATime() throws Exception {
        SluiceConnectionFactory factory = Brokers.factory(dataDir);
        try (Connection first = factory.createConnection()) {
            first.setClientID("unique");
            try (Connection second = factory.createConnection()) {
                assertThatThrownBy(() -> second.setClientID("unique")).isInstanceOf(InvalidClientIDException.class);
            }
            first.close();
            try (Connection third = factory.createConnection()) {
                third.setClientID("unique");
            }
        }
    }

    @Test
    void anAdministrativeClientIdCannotBeChangedNorDuplicated() throws Exception {
        SluiceConnectionFactory factory = Brokers.factory(dataDir, "clientID=admin-set");
        try (Connection connection = factory.createConnection()) {
            assertThat(connection.getClientID()).isEqualTo("admin-set");
            assertThatThrownBy(() -> connection.setClientID("other")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(factory::createConnection).isInstanceOf(InvalidClientIDException.class);
        }
    }

    @Test
    void closedObjectsRefuseUseAndCloseIsIdempotent() throws Exception {
        Connection connection = Brokers.factory(dataDir).createConnection();
        Session session = connection.createSession();
        Queue queue = session.createQueue("q");
        MessageProducer producer = session.createProducer(queue);
        MessageConsumer consumer = session.createConsumer(queue);
        producer.close();
        producer.close();
        assertThatThrownBy(() -> producer.send(session.createMessage())).isInstanceOf(IllegalStateException.class);
        consumer.close();
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
        session.close();
        session.close();
        assertThatThrownBy(session::createMessage).isInstanceOf(IllegalStateException.class);
        connection.close();
        connection.close();
        assertThatThrownBy(connection::createSession).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::getClientID).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAConnectionClosesItsSessionsAndConsumers() throws Exception {
        Connection connection = Brokers.factory(dataDir).createConnection();
        Session session = connection.createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue("q"));
        connection.close();
        assertThatThrownBy(session::createMessage).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void metaDataDescribesJms31AndTheSupportedJmsxProperties() throws Exception {
        try (Connection connection = Brokers.factory(dataDir).createConnection()) {
            ConnectionMetaData metaData = connection.getMetaData();
            assertThat(metaData.getJMSVersion()).isEqualTo("3.1");
            assertThat(metaData.getJMSMajorVersion()).isEqualTo(3);
            assertThat(metaData.getJMSMinorVersion()).isEqualTo(1);
            assertThat(metaData.getJMSProviderName()).isEqualTo("Sluice");
            assertThat(Collections.list(metaData.getJMSXPropertyNames()))
                    .contains("JMSXDeliveryCount", "JMSXGroupID", "JMSXGroupSeq");
        }
    }

    @Test
    void exceptionListenerIsKept() throws Exception {
        try (Connection connection = Brokers.factory(dataDir).createConnection()) {
            jakarta.jms.ExceptionListener listener = e -> { };
            connection.setExceptionListener(listener);
            assertThat(connection.getExceptionListener()).isSameAs(listener);
        }
    }

    @Test
    void invalidDestinationsAndMessagesAreRefusedWithTheExceptionsTheSpecNames() throws Exception {
        try (Connection connection = Brokers.factory(dataDir).createConnection()) {
            Session session = connection.createSession();
            assertThatThrownBy(() -> session.createConsumer(null)).isInstanceOf(InvalidDestinationException.class);
            jakarta.jms.Queue foreign = () -> "foreign";
            assertThatThrownBy(() -> session.createConsumer(foreign)).isInstanceOf(InvalidDestinationException.class);
            MessageProducer anonymous = session.createProducer(null);
            assertThatThrownBy(() -> anonymous.send(null, session.createMessage()))
                    .isInstanceOf(InvalidDestinationException.class);
            assertThatThrownBy(() -> anonymous.send(session.createMessage()))
                    .isInstanceOf(UnsupportedOperationException.class);
            MessageProducer bound = session.createProducer(session.createQueue("q"));
            assertThatThrownBy(() -> bound.send(session.createQueue("other"), session.createMessage()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> bound.send(null)).isInstanceOf(MessageFormatException.class);
            assertThatThrownBy(() -> bound.setPriority(10)).isInstanceOf(JMSException.class);
            assertThatThrownBy(() -> bound.setDeliveryMode(0)).isInstanceOf(JMSException.class);
            assertThatThrownBy(() -> session.createQueue("")).isInstanceOf(InvalidDestinationException.class);
        }
    }

    @Test
    void legacyDomainSessionsRefuseTheOtherDomainsMethods() throws Exception {
        SluiceConnectionFactory factory = Brokers.factory(dataDir);
        try (QueueConnection queueConnection = factory.createQueueConnection();
             TopicConnection topicConnection = factory.createTopicConnection()) {
            QueueSession queueSession = queueConnection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> queueSession.createTopic("t")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(queueSession::createTemporaryTopic).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> queueSession.unsubscribe("s")).isInstanceOf(IllegalStateException.class);
            TopicSession topicSession = topicConnection.createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> topicSession.createQueue("q")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(topicSession::createTemporaryQueue).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theBrokerStopsWithItsLastConnectionUnlessKeptAlive() throws Exception {
        String url = Brokers.url(dataDir.resolve("a"), "");
        String name = ConnectionUrl.parse(url).authority();
        Connection first = new SluiceConnectionFactory(url).createConnection();
        Connection second = new SluiceConnectionFactory(url).createConnection();
        assertThat(EmbeddedBrokers.isRunning(name)).isTrue();
        first.close();
        assertThat(EmbeddedBrokers.isRunning(name)).isTrue();
        second.close();
        assertThat(EmbeddedBrokers.isRunning(name)).isFalse();

        String keptUrl = Brokers.url(dataDir.resolve("b"), "keepAlive=true");
        String kept = ConnectionUrl.parse(keptUrl).authority();
        new SluiceConnectionFactory(keptUrl).createConnection().close();
        assertThat(EmbeddedBrokers.isRunning(kept)).isTrue();
        EmbeddedBrokers.shutdown(kept);
        assertThat(EmbeddedBrokers.isRunning(kept)).isFalse();
    }

    @Test
    void badOptionValuesFailWhenConnecting() {
        assertThatThrownBy(() -> Brokers.factory(dataDir, "flushPolicy=SOMETIMES").createConnection())
                .isInstanceOf(JMSException.class).hasMessageContaining("flushPolicy");
        assertThatThrownBy(() -> Brokers.factory(dataDir, "prefetch=0").createConnection())
                .isInstanceOf(JMSException.class).hasMessageContaining("prefetch");
        assertThatThrownBy(() -> new SluiceConnectionFactory("tcp://localhost:1").createConnection())
                .isInstanceOf(JMSException.class).hasMessageContaining("tcp");
    }

    @Test
    void aBrokerThatCannotStartIsReportedAndNotRegistered() throws Exception {
        Path notADirectory = java.nio.file.Files.writeString(dataDir.resolve("file"), "x");
        String url = Brokers.url(notADirectory, "");
        assertThatThrownBy(() -> new SluiceConnectionFactory(url).createConnection())
                .isInstanceOf(JMSException.class).hasMessageContaining("cannot start broker");
        assertThat(EmbeddedBrokers.isRunning(ConnectionUrl.parse(url).authority())).isFalse();
    }

    @Test
    void theExceptionListenerHearsOfABrokerShutdown() throws Exception {
        String url = Brokers.url(dataDir.resolve("shutdown"), "keepAlive=true");
        try (Connection connection = new SluiceConnectionFactory(url).createConnection()) {
            java.util.concurrent.BlockingQueue<JMSException> problems = new java.util.concurrent.LinkedBlockingQueue<>();
            connection.setExceptionListener(problems::add);
            EmbeddedBrokers.shutdown(ConnectionUrl.parse(url).authority());
            assertThat(problems.poll(10, java.util.concurrent.TimeUnit.SECONDS)).hasMessageContaining("shut down");
        }
    }

    @Test
    void aQueueConnectionRefusesTopicConnectionConsumers() throws Exception {
        try (QueueConnection connection = Brokers.factory(dataDir).createQueueConnection()) {
            jakarta.jms.Topic topic = connection.createSession().createTopic("t");
            assertThatThrownBy(() -> connection.createDurableConnectionConsumer(topic, "d", null, null, 1))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> connection.createSharedConnectionConsumer(topic, "s", null, null, 1))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
