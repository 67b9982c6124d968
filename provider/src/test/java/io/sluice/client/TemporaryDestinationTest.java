package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemporaryDestinationTest {

    @TempDir
    Path dataDir;
    SluiceConnectionFactory factory;
    Connection connection;
    Session session;

    @BeforeEach
    void connect() throws Exception {
        factory = factory();
        connection = factory.createConnection();
        connection.start();
        session = connection.createSession();
    }

    /** The broker under test; {@link TemporaryDestinationOverTcpTest} puts a network server in front of it. */
    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void aTemporaryQueueCarriesRepliesToItsConnection() throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        MessageConsumer consumer = session.createConsumer(replies);
        try (Connection server = factory.createConnection()) {
            Session serverSession = server.createSession();
            Message request = session.createTextMessage("ping");
            request.setJMSReplyTo(replies);
            serverSession.createProducer(request.getJMSReplyTo()).send(serverSession.createTextMessage("pong"));
        }
        assertThat(((TextMessage) consumer.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo("pong");
    }

    @Test
    void onlyTheCreatingConnectionMayConsumeFromATemporaryDestination() throws Exception {
        TemporaryTopic topic = session.createTemporaryTopic();
        try (Connection other = factory.createConnection()) {
            Session otherSession = other.createSession();
            assertThatThrownBy(() -> otherSession.createConsumer(topic)).isInstanceOf(InvalidDestinationException.class);
        }
    }

    @Test
    void aTemporaryDestinationInUseCannotBeDeletedAndADeletedOneCannotBeUsed() throws Exception {
        TemporaryQueue queue = session.createTemporaryQueue();
        MessageConsumer consumer = session.createConsumer(queue);
        assertThatThrownBy(queue::delete).isInstanceOf(JMSException.class);
        consumer.close();
        queue.delete();
        assertThatThrownBy(() -> session.createProducer(null).send(queue, session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createConsumer(queue)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void temporaryDestinationsDieWithTheirConnection() throws Exception {
        TemporaryQueue queue;
        try (Connection owner = factory.createConnection()) {
            queue = owner.createSession().createTemporaryQueue();
        }
        assertThatThrownBy(() -> session.createProducer(null).send(queue, session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
    }
}
