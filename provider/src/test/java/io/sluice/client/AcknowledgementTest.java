package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sluice.client.Brokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcknowledgementTest {

    @TempDir
    Path dataDir;
    Connection connection;
    Queue queue;

    @BeforeEach
    void connect() throws Exception {
        connection = factory().createConnection();
        connection.start();
        Session session = connection.createSession();
        queue = session.createQueue("work");
    }

    /** The broker under test; {@link AcknowledgementOverTcpTest} puts a network server in front of it. */
    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private void send(String... texts) throws Exception {
        Session session = connection.createSession();
        MessageProducer producer = session.createProducer(queue);
        for (String text : texts) {
            producer.send(session.createTextMessage(text));
        }
        session.close();
    }

    private static String text(Message message) throws Exception {
        return message == null ? null : ((TextMessage) message).getText();
    }

    @Test
    void autoAcknowledgedMessagesAreNotRedelivered() throws Exception {
        send("a");
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        assertThat(text(session.createConsumer(queue).receive(RECEIVE_TIMEOUT))).isEqualTo("a");
        session.close();
        Session next = connection.createSession();
        assertThat(next.createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void dupsOkMessagesAreConsumed() throws Exception {
        send("a", "b");
        Session session = connection.createSession(Session.DUPS_OK_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("a");
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("b");
        assertThat(session.getAcknowledgeMode()).isEqualTo(Session.DUPS_OK_ACKNOWLEDGE);
    }

    @Test
    void clientAcknowledgeAcknowledgesEverythingTheSessionConsumed() throws Exception {
        send("a", "b", "c");
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.receive(RECEIVE_TIMEOUT);
        Message second = consumer.receive(RECEIVE_TIMEOUT);
        second.acknowledge();
        Message third = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(third)).isEqualTo("c");
        session.close();

        Session next = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Message redelivered = next.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(text(redelivered)).isEqualTo("c");
        assertThat(redelivered.getJMSRedelivered()).isTrue();
        assertThat(redelivered.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void acknowledgingAfterTheSessionClosedIsAnIllegalState() throws Exception {
        send("a");
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Message message = session.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        session.close();
        assertThatThrownBy(message::acknowledge).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoverRedeliversUnacknowledgedMessagesInOrder() throws Exception {
        send("a", "b", "c");
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("a");
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("b");
        session.recover();
        Message again = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(again)).isEqualTo("a");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("b");
        Message third = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(third)).isEqualTo("c");
        assertThat(third.getJMSRedelivered()).isFalse();
        third.acknowledge();
        session.recover();
        assertThat(consumer.receive(300)).isNull();
    }

    @Test
    void transactedSendsAreInvisibleUntilCommit() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        MessageProducer producer = transacted.createProducer(queue);
        producer.send(transacted.createTextMessage("t1"));
        producer.send(transacted.createTextMessage("t2"));
        MessageConsumer consumer = connection.createSession().createConsumer(queue);
        assertThat(consumer.receive(300)).isNull();
        transacted.commit();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("t1");
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("t2");
    }

    @Test
    void rolledBackSendsAreDiscarded() throws Exception {
        Session transacted = connection.createSession(true, Session.SESSION_TRANSACTED);
        transacted.createProducer(queue).send(transacted.createTextMessage("never"));
        transacted.rollback();
        transacted.commit();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void rollbackRedeliversConsumedMessagesAndCommitConsumesThem() throws Exception {
        send("a", "b");
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = transacted.createConsumer(queue);
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("a");
        transacted.rollback();
        Message again = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(again)).isEqualTo("a");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("b");
        transacted.commit();
        transacted.close();
        assertThat(connection.createSession().createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void closingATransactedSessionRollsBack() throws Exception {
        send("a");
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        transacted.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        transacted.createProducer(queue).send(transacted.createTextMessage("uncommitted"));
        transacted.close();
        MessageConsumer consumer = connection.createSession().createConsumer(queue);
        Message message = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(message)).isEqualTo("a");
        assertThat(message.getJMSRedelivered()).isTrue();
        assertThat(consumer.receive(300)).isNull();
    }

    @Test
    void transactionMethodsAreRefusedWhereTheSpecRefusesThem() throws Exception {
        Session plain = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(plain::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(plain::rollback).isInstanceOf(IllegalStateException.class);
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        assertThatThrownBy(transacted::recover).isInstanceOf(IllegalStateException.class);
        assertThat(transacted.getTransacted()).isTrue();
        assertThat(transacted.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
    }

    @Test
    void invalidSessionModesAreRefused() {
        assertThatThrownBy(() -> connection.createSession(99)).isInstanceOf(jakarta.jms.JMSException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> connection.createSession(false, Session.SESSION_TRANSACTED))
                .isInstanceOf(jakarta.jms.JMSException.class);
    }
}
