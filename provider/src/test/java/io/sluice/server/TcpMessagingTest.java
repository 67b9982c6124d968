package io.sluice.server;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JMS API over a real socket on 127.0.0.1: the same behaviour as in-VM. */
class TcpMessagingTest {

    @TempDir
    Path dataDir;
    TcpBroker broker;
    Connection connection;

    @BeforeEach
    void start() throws Exception {
        broker = TcpBroker.start(dataDir);
        connection = broker.factory().createConnection();
    }

    @AfterEach
    void stop() throws Exception {
        connection.close();
        broker.close();
    }

    private static String text(Message message) throws Exception {
        assertThat(message).isNotNull();
        return ((TextMessage) message).getText();
    }

    @Test
    void queueMessagesSentBeforeTheConsumerArriveInOrder() throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue("orders");
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 20; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        MessageConsumer consumer = session.createConsumer(queue);
        connection.start();
        for (int i = 0; i < 20; i++) {
            assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("m" + i);
        }
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void topicSubscribersEachGetEveryMessage() throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Topic topic = session.createTopic("news");
        MessageConsumer first = session.createConsumer(topic);
        MessageConsumer second = session.createConsumer(topic);
        connection.start();
        session.createProducer(topic).send(session.createTextMessage("hello"));
        assertThat(text(first.receive(RECEIVE_TIMEOUT))).isEqualTo("hello");
        assertThat(text(second.receive(RECEIVE_TIMEOUT))).isEqualTo("hello");
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileItsConsumerIsAway() throws Exception {
        try (Connection subscriber = broker.factory("clientID=sub-1").createConnection()) {
            Session session = subscriber.createSession(Session.AUTO_ACKNOWLEDGE);
            session.createDurableSubscriber(session.createTopic("prices"), "watch").close();
        }
        Session publisher = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        publisher.createProducer(publisher.createTopic("prices")).send(publisher.createTextMessage("42"));
        try (Connection subscriber = broker.factory("clientID=sub-1").createConnection()) {
            Session session = subscriber.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createDurableSubscriber(session.createTopic("prices"), "watch");
            subscriber.start();
            assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("42");
            consumer.close();
            session.unsubscribe("watch");
        }
    }

    @Test
    void anAsynchronousListenerReceivesPushedDeliveries() throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue("events");
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(50);
        session.createConsumer(queue).setMessageListener(message -> {
            try {
                received.add(((TextMessage) message).getText());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            all.countDown();
        });
        connection.start();
        Session sending = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer = sending.createProducer(queue);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        for (int i = 0; i < 50; i++) {
            producer.send(sending.createTextMessage("e" + i));
        }
        assertThat(all.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("e" + i);
        }
        assertThat(received).containsExactlyElementsOf(expected);
    }

    @Test
    void clientAcknowledgeRecoverRedeliversUnacknowledgedMessages() throws Exception {
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue("work");
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("a"));
        producer.send(session.createTextMessage("b"));
        MessageConsumer consumer = session.createConsumer(queue);
        connection.start();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("a");
        session.recover();
        Message again = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(text(again)).isEqualTo("a");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("b");
        again.acknowledge();
        consumer.close();
        assertThat(connection.createSession(Session.AUTO_ACKNOWLEDGE).createConsumer(queue).receive(200)).isNull();
    }

    @Test
    void aTransactionSendsAndConsumesOnCommitAndUndoesOnRollback() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = transacted.createQueue("tx");
        MessageProducer producer = transacted.createProducer(queue);
        producer.send(transacted.createTextMessage("dropped"));
        transacted.rollback();
        producer.send(transacted.createTextMessage("kept"));
        transacted.commit();
        MessageConsumer consumer = transacted.createConsumer(queue);
        connection.start();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("kept");
        transacted.rollback();
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("kept");
        transacted.commit();
        assertThat(consumer.receive(200)).isNull();
    }

    @Test
    void aBrowserSeesTheQueueWithoutConsumingIt() throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue("browsed");
        MessageProducer producer = session.createProducer(queue);
        for (String body : List.of("x", "y", "z")) {
            producer.send(session.createTextMessage(body));
        }
        QueueBrowser browser = session.createBrowser(queue, "JMSPriority >= 0");
        List<String> seen = new ArrayList<>();
        for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
            seen.add(text((Message) e.nextElement()));
        }
        assertThat(seen).containsExactly("x", "y", "z");
        connection.start();
        assertThat(text(session.createConsumer(queue).receive(RECEIVE_TIMEOUT))).isEqualTo("x");
    }

    @Test
    void aTemporaryQueueCarriesTheReplyOfARequest() throws Exception {
        Session server = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        server.createConsumer(server.createQueue("requests")).setMessageListener(request -> {
            try {
                Session replying = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                replying.createProducer(request.getJMSReplyTo()).send(replying.createTextMessage(
                        "re: " + ((TextMessage) request).getText()));
                replying.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        try (Connection client = broker.factory().createConnection()) {
            Session session = client.createSession(Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            MessageConsumer replyConsumer = session.createConsumer(replies);
            client.start();
            connection.start();
            TextMessage request = session.createTextMessage("ping");
            request.setJMSReplyTo(replies);
            session.createProducer(session.createQueue("requests")).send(request);
            assertThat(text(replyConsumer.receive(RECEIVE_TIMEOUT))).isEqualTo("re: ping");
        }
    }

    @Test
    void anInvalidSelectorIsReportedAsInvalidSelectorException() throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> session.createConsumer(session.createQueue("q"), "color = "))
                .isInstanceOf(InvalidSelectorException.class);
        // the connection still works after the refusal
        session.createProducer(session.createQueue("q")).send(session.createTextMessage("fine"));
    }

    @Test
    void aLostConnectionReachesTheExceptionListenerAndFailsLaterCalls() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        connection.setExceptionListener(e -> told.countDown());
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer = session.createProducer(session.createQueue("q"));
        broker.close();
        assertThat(told.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        assertThatThrownBy(() -> producer.send(session.createTextMessage("lost")))
                .isInstanceOf(jakarta.jms.JMSException.class).hasMessageContaining("shut down");
    }
}
