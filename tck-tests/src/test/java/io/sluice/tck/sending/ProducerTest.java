package io.sluice.tck.sending;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 7.1-7.8: producers, synchronous send and delivery options. */
class ProducerTest extends JmsTestSupport {

    @Test
    void producerDefaultsMatchTheSpec() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        assertThat(producer.getDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(producer.getPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(producer.getTimeToLive()).isZero();
        assertThat(producer.getDeliveryDelay()).isZero();
        assertThat(producer.getDisableMessageID()).isFalse();
        assertThat(producer.getDisableMessageTimestamp()).isFalse();
    }

    @Test
    void anonymousProducerSendsToTheDestinationGivenPerSend() throws Exception {
        Session session = session();
        Queue first = queue(session);
        Queue second = queue(session);
        MessageProducer producer = session.createProducer(null);
        assertThat(producer.getDestination()).isNull();
        producer.send(first, session.createTextMessage("1"));
        producer.send(second, session.createTextMessage("2"));
        assertThat(text(receive(session.createConsumer(first)))).isEqualTo("1");
        assertThat(text(receive(session.createConsumer(second)))).isEqualTo("2");
    }

    @Test
    void anonymousProducerWithoutDestinationIsRejected() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(null);
        assertThatThrownBy(() -> producer.send(session.createTextMessage("x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> producer.send(null, session.createTextMessage("x")))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void producerWithDestinationRejectsAnotherDestinationPerSend() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        Destination other = queue(session);
        assertThatThrownBy(() -> producer.send(other, session.createTextMessage("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidPriorityAndDeliveryModeAreRejected() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        assertThatThrownBy(() -> producer.setPriority(10)).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> producer.setDeliveryMode(3)).isInstanceOf(JMSException.class);
    }

    @Test
    void nonPersistentMessagesAreDelivered() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        producer.send(session.createTextMessage("np"));
        Message received = receive(consumer);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
    }

    @Test
    void perSendOptionsOverrideProducerDefaults() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(session.createTextMessage("x"), DeliveryMode.NON_PERSISTENT, 2, 50_000);
        Message received = receive(consumer);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSPriority()).isEqualTo(2);
        assertThat(received.getJMSExpiration()).isPositive();
    }

    @Test
    void expiredMessagesAreNotDelivered() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.setTimeToLive(1);
        producer.send(session.createTextMessage("expires"));
        producer.setTimeToLive(0);
        Thread.sleep(100);
        producer.send(session.createTextMessage("lives"));
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(receive(consumer))).isEqualTo("lives");
        assertNoMessage(consumer);
    }

    @Test
    void delayedMessageIsNotDeliveredBeforeItsDeliveryTime() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryDelay(2_000);
        assertThat(producer.getDeliveryDelay()).isEqualTo(2_000);
        Message sent = session.createTextMessage("later");
        long before = System.currentTimeMillis();
        producer.send(sent);
        assertNoMessage(consumer);
        Message received = receive(consumer);
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(before + 2_000);
        assertThat(received.getJMSDeliveryTime()).isGreaterThanOrEqualTo(before + 2_000);
    }

    @Test
    void sendOfANullMessageIsRejected() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        assertThatThrownBy(() -> producer.send(null)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void foreignMessageImplementationCanBeSent() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        Message foreign = ForeignTextMessage.create("foreign");
        foreign.setStringProperty("p", "v");
        session.createProducer(queue).send(foreign);
        Message received = receive(consumer);
        assertThat(text(received)).isEqualTo("foreign");
        assertThat(received.getStringProperty("p")).isEqualTo("v");
        assertThat(foreign.getJMSMessageID()).isEqualTo(received.getJMSMessageID());
        assertThat(foreign.getJMSDestination()).isEqualTo(queue);
    }
}
