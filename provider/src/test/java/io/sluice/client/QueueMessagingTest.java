package io.sluice.client;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.sluice.client.Brokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

class QueueMessagingTest {

    @TempDir
    Path dataDir;
    Connection connection;
    Session session;
    Queue queue;

    @BeforeEach
    void connect() throws Exception {
        connection = factory().createConnection();
        session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        queue = session.createQueue("orders");
    }

    /** The broker under test; {@link QueueMessagingOverTcpTest} puts a network server in front of it. */
    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void messagesSentBeforeAnyConsumerAreKeptAndReceivedInOrder() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 20; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        MessageConsumer consumer = session.createConsumer(queue);
        connection.start();
        for (int i = 0; i < 20; i++) {
            TextMessage received = (TextMessage) consumer.receive(RECEIVE_TIMEOUT);
            assertThat(received).isNotNull();
            assertThat(received.getText()).isEqualTo("m" + i);
        }
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void sendSetsTheHeadersAndReceiveSeesThem() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        TextMessage sent = session.createTextMessage("hello");
        sent.setJMSCorrelationID("corr-1");
        sent.setJMSType("greeting");
        sent.setStringProperty("who", "world");
        long before = System.currentTimeMillis();
        producer.send(sent, DeliveryMode.NON_PERSISTENT, 7, 600_000);
        assertThat(sent.getJMSMessageID()).startsWith("ID:");
        assertThat(sent.getJMSTimestamp()).isBetween(before, System.currentTimeMillis());
        assertThat(sent.getJMSDestination()).isEqualTo(queue);
        assertThat(sent.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(sent.getJMSPriority()).isEqualTo(7);
        assertThat(sent.getJMSExpiration()).isEqualTo(sent.getJMSTimestamp() + 600_000);

        connection.start();
        Message received = session.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
        assertThat(received.getJMSCorrelationID()).isEqualTo("corr-1");
        assertThat(received.getJMSType()).isEqualTo("greeting");
        assertThat(received.getJMSPriority()).isEqualTo(7);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSExpiration()).isEqualTo(sent.getJMSExpiration());
        assertThat(received.getJMSDestination()).isEqualTo(queue);
        assertThat(received.getJMSRedelivered()).isFalse();
        assertThat(received.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        assertThat(received.getStringProperty("who")).isEqualTo("world");
    }

    @Test
    void disabledMessageIdAndTimestampAreNotSet() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        producer.setDisableMessageID(true);
        producer.setDisableMessageTimestamp(true);
        Message sent = session.createMessage();
        producer.send(sent);
        assertThat(sent.getJMSMessageID()).isNull();
        assertThat(sent.getJMSTimestamp()).isZero();
        connection.start();
        Message received = session.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(received.getJMSMessageID()).isNull();
        assertThat(received.getJMSTimestamp()).isZero();
    }

    @Test
    void sentAndReceivedMessagesAreIndependentCopies() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        TextMessage sent = session.createTextMessage("original");
        producer.send(sent);
        sent.setText("changed after send");
        connection.start();
        TextMessage received = (TextMessage) session.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(received.getText()).isEqualTo("original");
    }

    @Test
    void everyMessageTypeTravels() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        BytesMessage bytes = session.createBytesMessage();
        bytes.writeInt(42);
        MapMessage map = session.createMapMessage();
        map.setString("k", "v");
        StreamMessage stream = session.createStreamMessage();
        stream.writeLong(7L);
        ObjectMessage object = session.createObjectMessage(new ArrayList<>(List.of("a", "b")));
        producer.send(bytes);
        producer.send(map);
        producer.send(stream);
        producer.send(object);
        producer.send(session.createMessage());
        connection.start();
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(((BytesMessage) consumer.receive(RECEIVE_TIMEOUT)).readInt()).isEqualTo(42);
        assertThat(((MapMessage) consumer.receive(RECEIVE_TIMEOUT)).getString("k")).isEqualTo("v");
        assertThat(((StreamMessage) consumer.receive(RECEIVE_TIMEOUT)).readLong()).isEqualTo(7L);
        assertThat(((ObjectMessage) consumer.receive(RECEIVE_TIMEOUT)).getObject()).isEqualTo(List.of("a", "b"));
        Message plain = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(plain).isNotNull().isNotInstanceOf(TextMessage.class);
    }

    @Test
    void eachQueueMessageGoesToExactlyOneOfSeveralConsumers() throws Exception {
        Session other = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageConsumer first = session.createConsumer(queue);
        MessageConsumer second = other.createConsumer(queue);
        connection.start();
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 10; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        List<String> received = new ArrayList<>();
        long deadline = Brokers.deadline();
        while (received.size() < 10 && Brokers.before(deadline)) {
            for (MessageConsumer consumer : List.of(first, second)) {
                TextMessage message = (TextMessage) consumer.receive(50);
                if (message != null) {
                    received.add(message.getText());
                }
            }
        }
        assertThat(received).hasSize(10).doesNotHaveDuplicates();
        assertThat(first.receive(200)).isNull();
        assertThat(second.receive(200)).isNull();
    }

    @Test
    void queueSelectorsFilterPerConsumerAndLeaveTheRestForOthers() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 6; i++) {
            Message message = session.createTextMessage("m" + i);
            message.setIntProperty("n", i);
            producer.send(message);
        }
        connection.start();
        MessageConsumer even = session.createConsumer(queue, "n = 0 OR n = 2 OR n = 4");
        for (int expected : new int[] {0, 2, 4}) {
            assertThat(even.receive(RECEIVE_TIMEOUT).getIntProperty("n")).isEqualTo(expected);
        }
        assertThat(even.receive(200)).isNull();
        even.close();
        MessageConsumer rest = session.createConsumer(queue);
        for (int expected : new int[] {1, 3, 5}) {
            assertThat(rest.receive(RECEIVE_TIMEOUT).getIntProperty("n")).isEqualTo(expected);
        }
    }

    @Test
    void higherPriorityMessagesWaitingInTheQueueComeFirst() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("low"), DeliveryMode.PERSISTENT, 1, 0);
        producer.send(session.createTextMessage("high"), DeliveryMode.PERSISTENT, 9, 0);
        awaitBrowsable(2);
        connection.start();
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("high");
        assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("low");
    }

    @Test
    void expiredMessagesAreNotDelivered() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        producer.setTimeToLive(1);
        producer.send(session.createTextMessage("expires"));
        producer.setTimeToLive(0);
        Thread.sleep(20);
        producer.send(session.createTextMessage("lives"));
        connection.start();
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("lives");
        assertThat(consumer.receive(200)).isNull();
    }

    @Test
    void aDelayedMessageIsNotDeliveredBeforeItsDeliveryTime() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryDelay(1500);
        Message sent = session.createTextMessage("later");
        producer.send(sent);
        assertThat(sent.getJMSDeliveryTime()).isGreaterThanOrEqualTo(sent.getJMSTimestamp() + 1500);
        connection.start();
        Message received = session.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(received).isNotNull();
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(sent.getJMSDeliveryTime());
        assertThat(received.getJMSDeliveryTime()).isEqualTo(sent.getJMSDeliveryTime());
    }

    @Test
    void messagesSurviveABrokerRestart() throws Exception {
        String url = Brokers.url(dataDir.resolve("restart"), "");
        SluiceConnectionFactory factory = new SluiceConnectionFactory(url);
        try (Connection first = factory.createConnection()) {
            Session s = first.createSession();
            s.createProducer(s.createQueue("durable")).send(s.createTextMessage("kept"));
        }
        try (Connection second = factory.createConnection()) {
            Session s = second.createSession();
            MessageConsumer consumer = s.createConsumer(s.createQueue("durable"));
            second.start();
            assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("kept");
        }
    }

    @Test
    void receiveNoWaitSeesAMessageTheBrokerAlreadyHolds() throws Exception {
        MessageConsumer consumer = session.createConsumer(queue);
        connection.start();
        assertThat(consumer.receiveNoWait()).isNull();
        session.createProducer(queue).send(session.createTextMessage("there"));
        Message received = null;
        long deadline = Brokers.deadline();
        while (received == null && Brokers.before(deadline)) {
            received = consumer.receiveNoWait();
        }
        assertThat(((TextMessage) received).getText()).isEqualTo("there");
    }

    @Test
    void anOrderedQueueHandsOutTheNextMessageOnlyAfterTheAcknowledgement() throws Exception {
        try (Connection ordered = Brokers.factory(dataDir.resolve("ordered"), "orderedQueues=strict&queueCount=1")
                .createConnection()) {
            Session clientAck = ordered.createSession(Session.CLIENT_ACKNOWLEDGE);
            Queue strict = clientAck.createQueue("strict");
            MessageProducer producer = clientAck.createProducer(strict);
            for (int i = 0; i < 3; i++) {
                producer.send(clientAck.createTextMessage("m" + i));
            }
            ordered.start();
            MessageConsumer consumer = clientAck.createConsumer(strict);
            Message first = consumer.receive(RECEIVE_TIMEOUT);
            assertThat(((TextMessage) first).getText()).isEqualTo("m0");
            assertThat(consumer.receive(300)).isNull();
            first.acknowledge();
            assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("m1");
        }
    }

    @Test
    void aBrowserSeesQueuedMessagesWithoutConsumingThem() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 4; i++) {
            Message message = session.createTextMessage("m" + i);
            message.setBooleanProperty("odd", i % 2 == 1);
            producer.send(message);
        }
        awaitBrowsable(4);
        jakarta.jms.QueueBrowser odd = session.createBrowser(queue, "odd = TRUE");
        assertThat(odd.getQueue()).isEqualTo(queue);
        assertThat(odd.getMessageSelector()).isEqualTo("odd = TRUE");
        List<String> texts = new ArrayList<>();
        for (Object message : java.util.Collections.list(odd.getEnumeration())) {
            texts.add(((TextMessage) message).getText());
        }
        assertThat(texts).containsExactly("m1", "m3");
        odd.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(odd::getEnumeration)
                .isInstanceOf(jakarta.jms.IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.createBrowser(queue, "odd = "))
                .isInstanceOf(jakarta.jms.InvalidSelectorException.class);
        connection.start();
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 4; i++) {
            assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("m" + i);
        }
    }

    @Test
    void messagesOfOneGroupAllGoToTheSameConsumer() throws Exception {
        Session other = connection.createSession();
        MessageConsumer first = session.createConsumer(queue);
        MessageConsumer second = other.createConsumer(queue);
        connection.start();
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 10; i++) {
            Message message = session.createTextMessage("g" + i);
            message.setStringProperty("JMSXGroupID", "customer-42");
            producer.send(message);
        }
        List<String> byFirst = new ArrayList<>();
        List<String> bySecond = new ArrayList<>();
        long deadline = Brokers.deadline();
        while (byFirst.size() + bySecond.size() < 10 && Brokers.before(deadline)) {
            TextMessage a = (TextMessage) first.receive(50);
            if (a != null) {
                byFirst.add(a.getText());
            }
            TextMessage b = (TextMessage) second.receive(50);
            if (b != null) {
                bySecond.add(b.getText());
            }
        }
        List<String> all = byFirst.isEmpty() ? bySecond : byFirst;
        assertThat(byFirst.isEmpty() || bySecond.isEmpty()).as("one consumer got the whole group").isTrue();
        assertThat(all).containsExactly("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9");
    }

    @Test
    void anIdleConsumerDoesNotHoardMessagesOthersAskFor() throws Exception {
        MessageConsumer idle = session.createConsumer(queue);
        connection.start();
        assertThat(idle.receive(100)).isNull();
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 5; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        MessageConsumer busy = connection.createSession().createConsumer(queue);
        for (int i = 0; i < 5; i++) {
            assertThat(((TextMessage) busy.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("m" + i);
        }
    }

    /** Waits until the broker has indexed {@code count} messages, so they wait together in the queue. */
    private void awaitBrowsable(int count) throws Exception {
        long deadline = Brokers.deadline();
        int seen = 0;
        while (seen < count && Brokers.before(deadline)) {
            seen = java.util.Collections.list(session.createBrowser(queue).getEnumeration()).size();
        }
        assertThat(seen).isEqualTo(count);
    }
}
