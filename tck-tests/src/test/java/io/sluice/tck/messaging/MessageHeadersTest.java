package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.4: message header fields set by send and carried to the consumer. */
class MessageHeadersTest extends JmsTestSupport {

    private Message sendAndReceive(Session session, MessageProducer producer, Queue queue, Message message)
            throws Exception {
        MessageConsumer consumer = session.createConsumer(queue);
        producer.send(message);
        return receive(consumer);
    }

    @Test
    void sendSetsDestinationMessageIdTimestampDeliveryModeAndPriority() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        TextMessage sent = session.createTextMessage("x");
        long before = System.currentTimeMillis();
        Message received = sendAndReceive(session, producer, queue, sent);

        assertThat(sent.getJMSMessageID()).startsWith("ID:");
        assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
        assertThat(received.getJMSDestination()).isEqualTo(queue);
        assertThat(received.getJMSTimestamp()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(received.getJMSPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(received.getJMSExpiration()).isZero();
        assertThat(received.getJMSRedelivered()).isFalse();
    }

    @Test
    void messageIdsAreUniquePerMessage() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        TextMessage first = session.createTextMessage("1");
        TextMessage second = session.createTextMessage("2");
        producer.send(first);
        producer.send(second);
        assertThat(first.getJMSMessageID()).isNotEqualTo(second.getJMSMessageID());
    }

    @Test
    void headerValuesSetBeforeSendAreOverriddenBySend() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.setPriority(7);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        TextMessage sent = session.createTextMessage("x");
        sent.setJMSPriority(1);
        sent.setJMSDeliveryMode(DeliveryMode.PERSISTENT);
        sent.setJMSDestination(session.createQueue("elsewhere"));
        Message received = sendAndReceive(session, producer, queue, sent);
        assertThat(received.getJMSPriority()).isEqualTo(7);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSDestination()).isEqualTo(queue);
    }

    @Test
    void correlationIdTypeAndReplyToAreCarried() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        Queue replyTo = queue(session);
        TextMessage sent = session.createTextMessage("x");
        sent.setJMSCorrelationID("corr-1");
        sent.setJMSType("order");
        sent.setJMSReplyTo(replyTo);
        Message received = sendAndReceive(session, session.createProducer(queue), queue, sent);
        assertThat(received.getJMSCorrelationID()).isEqualTo("corr-1");
        assertThat(received.getJMSType()).isEqualTo("order");
        assertThat(received.getJMSReplyTo()).isEqualTo(replyTo);
    }

    @Test
    void correlationIdAsBytesRoundTrips() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        TextMessage sent = session.createTextMessage("x");
        byte[] id = {1, 2, 3, 4};
        sent.setJMSCorrelationIDAsBytes(id);
        Message received = sendAndReceive(session, session.createProducer(queue), queue, sent);
        assertThat(received.getJMSCorrelationIDAsBytes()).containsExactly(id);
    }

    @Test
    void timeToLiveSetsExpiration() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.setTimeToLive(60_000);
        TextMessage sent = session.createTextMessage("x");
        Message received = sendAndReceive(session, producer, queue, sent);
        assertThat(received.getJMSExpiration())
                .isEqualTo(sent.getJMSExpiration())
                .isBetween(received.getJMSTimestamp() + 59_000, received.getJMSTimestamp() + 61_000);
    }

    @Test
    void disabledTimestampLeavesItZero() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.setDisableMessageTimestamp(true);
        Message received = sendAndReceive(session, producer, queue, session.createTextMessage("x"));
        assertThat(received.getJMSTimestamp()).isZero();
    }

    @Test
    void deliveryTimeIsSendTimePlusDeliveryDelay() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        TextMessage sent = session.createTextMessage("x");
        Message received = sendAndReceive(session, producer, queue, sent);
        assertThat(received.getJMSDeliveryTime()).isEqualTo(received.getJMSTimestamp());
    }

    @Test
    void clearPropertiesKeepsHeaders() throws Exception {
        Session session = session();
        TextMessage message = session.createTextMessage("x");
        message.setJMSCorrelationID("c");
        message.setStringProperty("p", "v");
        message.clearProperties();
        assertThat(message.getJMSCorrelationID()).isEqualTo("c");
        assertThat(message.propertyExists("p")).isFalse();
    }

    @Test
    void sendSetsTheDeliveryTimeOfADelayedMessage() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        producer.setDeliveryDelay(5_000);
        TextMessage sent = session.createTextMessage("x");
        producer.send(sent);
        assertThat(sent.getJMSDeliveryTime()).isEqualTo(sent.getJMSTimestamp() + 5_000);
    }

    @Test
    void headersReadBackWhatWasSetBeforeSend() throws Exception {
        Message message = session().createMessage();
        message.setJMSType("t");
        message.setJMSPriority(3);
        message.setJMSRedelivered(true);
        assertThat(message.getJMSType()).isEqualTo("t");
        assertThat(message.getJMSPriority()).isEqualTo(3);
        assertThat(message.getJMSRedelivered()).isTrue();
    }
}
