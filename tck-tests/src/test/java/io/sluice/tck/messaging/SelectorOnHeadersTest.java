package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 3.8.1.1: the header fields a selector may name, and LIKE with ESCAPE. */
class SelectorOnHeadersTest extends JmsTestSupport {

    private String firstMatch(String selector, Message... messages) throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue, selector);
        MessageProducer producer = session.createProducer(queue);
        for (Message m : messages) {
            producer.send(m, m.getJMSDeliveryMode() == 0 ? DeliveryMode.PERSISTENT : m.getJMSDeliveryMode(),
                    Message.DEFAULT_PRIORITY, 0);
        }
        String text = text(receive(consumer));
        assertNoMessage(consumer);
        return text;
    }

    private Message message(String body) throws Exception {
        return session().createTextMessage(body);
    }

    @Test
    void deliveryModeIsComparedAsPersistentOrNonPersistent() throws Exception {
        Message persistent = message("persistent");
        persistent.setJMSDeliveryMode(DeliveryMode.PERSISTENT);
        Message nonPersistent = message("non-persistent");
        nonPersistent.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        assertThat(firstMatch("JMSDeliveryMode = 'NON_PERSISTENT'", persistent, nonPersistent))
                .isEqualTo("non-persistent");
    }

    @Test
    void correlationIdCanBeSelected() throws Exception {
        Message other = message("other");
        other.setJMSCorrelationID("no");
        Message wanted = message("wanted");
        wanted.setJMSCorrelationID("yes");
        assertThat(firstMatch("JMSCorrelationID = 'yes'", other, wanted)).isEqualTo("wanted");
    }

    @Test
    void likeWithEscapeMatchesTheWildcardLiterally() throws Exception {
        Message underscore = message("underscore");
        underscore.setStringProperty("code", "a_b");
        Message letter = message("letter");
        letter.setStringProperty("code", "axb");
        assertThat(firstMatch("code LIKE 'a!_b' ESCAPE '!'", letter, underscore)).isEqualTo("underscore");
    }

    @Test
    void messageIdCanBeSelected() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        Message first = session.createTextMessage("first");
        producer.send(first);
        producer.send(session.createTextMessage("second"));
        MessageConsumer consumer = session.createConsumer(queue,
                "JMSMessageID = '" + first.getJMSMessageID() + "'");
        assertThat(text(receive(consumer))).isEqualTo("first");
        assertNoMessage(consumer);
    }

    @Test
    void arithmeticPromotesIntegersToFloats() throws Exception {
        Message small = message("small");
        small.setDoubleProperty("x", 0.5);
        Message big = message("big");
        big.setIntProperty("x", 3);
        assertThat(firstMatch("x * 2 > 1.5", small, big)).isEqualTo("big");
    }
}
