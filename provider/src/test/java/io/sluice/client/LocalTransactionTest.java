package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** Local transactions on the engine's half messages, seen through JMS. */
class LocalTransactionTest {

    @TempDir
    Path dataDir;
    Connection connection;

    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @BeforeEach
    void connect() throws Exception {
        connection = factory().createConnection();
        connection.start();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private int browse(Queue queue) throws Exception {
        Session browsing = connection.createSession();
        try (QueueBrowser browser = browsing.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        } finally {
            browsing.close();
        }
    }

    @Test
    void sendsOfATransactionAreInvisibleToBrowsersAndConsumersUntilCommitThenAllVisible() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue a = transacted.createQueue("a");
        Queue b = transacted.createQueue("b");
        MessageProducer toA = transacted.createProducer(a);
        MessageProducer toB = transacted.createProducer(b);
        toA.send(transacted.createTextMessage("a1"));
        toB.send(transacted.createTextMessage("b1"));
        toA.send(transacted.createTextMessage("a2"));
        Session receiving = connection.createSession();
        MessageConsumer fromA = receiving.createConsumer(a);
        assertThat(browse(a)).isZero();
        assertThat(fromA.receive(200)).isNull();
        transacted.commit();
        assertThat(browse(a)).isEqualTo(2);
        assertThat(browse(b)).isEqualTo(1);
        assertThat(((TextMessage) fromA.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo("a1");
        assertThat(((TextMessage) fromA.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo("a2");
    }

    @Test
    void aRolledBackTransactionSendsNothingAndRedeliversWhatItConsumed() throws Exception {
        Session plain = connection.createSession();
        Queue in = plain.createQueue("in");
        Queue out = plain.createQueue("out");
        plain.createProducer(in).send(plain.createTextMessage("work"));
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        MessageConsumer consumer = transacted.createConsumer(in);
        Message first = consumer.receive(Brokers.RECEIVE_TIMEOUT);
        assertThat(first.getJMSRedelivered()).isFalse();
        transacted.createProducer(out).send(transacted.createTextMessage("result"));
        transacted.rollback();
        assertThat(browse(out)).isZero();
        Message again = consumer.receive(Brokers.RECEIVE_TIMEOUT);
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        transacted.createProducer(out).send(transacted.createTextMessage("result"));
        transacted.commit();
        assertThat(browse(in)).isZero();
        assertThat(browse(out)).isEqualTo(1);
    }

    @Test
    void closingATransactedSessionRollsBackItsOpenTransaction() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = transacted.createQueue("q");
        transacted.createProducer(queue).send(transacted.createTextMessage("never"));
        transacted.close();
        assertThat(browse(queue)).isZero();
        Session next = connection.createSession(Session.SESSION_TRANSACTED);
        next.createProducer(queue).send(next.createTextMessage("kept"));
        next.commit();
        assertThat(browse(queue)).isEqualTo(1);
    }

    @Test
    void asynchronousSendsInATransactionAreCommittedWithIt() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = transacted.createQueue("async");
        MessageProducer producer = transacted.createProducer(queue);
        java.util.concurrent.CountDownLatch completed = new java.util.concurrent.CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            producer.send(transacted.createTextMessage("m" + i), new jakarta.jms.CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    completed.countDown();
                }

                @Override
                public void onException(Message message, Exception exception) {
                }
            });
        }
        transacted.commit();
        assertThat(completed.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(browse(queue)).isEqualTo(3);
    }
}
