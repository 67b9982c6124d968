package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 3.5: message properties, their conversions and their read-only state after receipt. */
class MessagePropertiesTest extends JmsTestSupport {

    private Message roundTrip(Session session, Message message) throws Exception {
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(message);
        return receive(consumer);
    }

    @Test
    void everyPropertyTypeRoundTrips() throws Exception {
        Session session = session();
        Message sent = session.createMessage();
        sent.setBooleanProperty("bool", true);
        sent.setByteProperty("byte", (byte) 7);
        sent.setShortProperty("short", (short) 300);
        sent.setIntProperty("int", 70_000);
        sent.setLongProperty("long", 1L << 40);
        sent.setFloatProperty("float", 1.5f);
        sent.setDoubleProperty("double", 2.25);
        sent.setStringProperty("string", "s");
        sent.setObjectProperty("object", 42);
        Message received = roundTrip(session, sent);
        assertThat(received.getBooleanProperty("bool")).isTrue();
        assertThat(received.getByteProperty("byte")).isEqualTo((byte) 7);
        assertThat(received.getShortProperty("short")).isEqualTo((short) 300);
        assertThat(received.getIntProperty("int")).isEqualTo(70_000);
        assertThat(received.getLongProperty("long")).isEqualTo(1L << 40);
        assertThat(received.getFloatProperty("float")).isEqualTo(1.5f);
        assertThat(received.getDoubleProperty("double")).isEqualTo(2.25);
        assertThat(received.getStringProperty("string")).isEqualTo("s");
        assertThat(received.getObjectProperty("object")).isEqualTo(42);
    }

    @Test
    void propertyNamesListsUserPropertiesSet() throws Exception {
        Message message = session().createMessage();
        message.setIntProperty("a", 1);
        message.setStringProperty("b", "2");
        assertThat(Collections.list(message.getPropertyNames())).contains("a", "b");
    }

    @Test
    void wideningConversionsAreAllowed() throws Exception {
        Message message = session().createMessage();
        message.setByteProperty("b", (byte) 5);
        message.setFloatProperty("f", 1.5f);
        assertThat(message.getShortProperty("b")).isEqualTo((short) 5);
        assertThat(message.getIntProperty("b")).isEqualTo(5);
        assertThat(message.getLongProperty("b")).isEqualTo(5L);
        assertThat(message.getDoubleProperty("f")).isEqualTo(1.5);
        assertThat(message.getStringProperty("b")).isEqualTo("5");
    }

    @Test
    void stringConvertsToNumbersAndBoolean() throws Exception {
        Message message = session().createMessage();
        message.setStringProperty("n", "123");
        message.setStringProperty("t", "true");
        assertThat(message.getIntProperty("n")).isEqualTo(123);
        assertThat(message.getLongProperty("n")).isEqualTo(123L);
        assertThat(message.getDoubleProperty("n")).isEqualTo(123.0);
        assertThat(message.getBooleanProperty("t")).isTrue();
    }

    @Test
    void narrowingConversionThrowsMessageFormatException() throws Exception {
        Message message = session().createMessage();
        message.setIntProperty("i", 1);
        message.setBooleanProperty("bool", true);
        assertThatThrownBy(() -> message.getByteProperty("i")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getIntProperty("bool")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getBooleanProperty("i")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void unparsableStringThrowsNumberFormatException() throws Exception {
        Message message = session().createMessage();
        message.setStringProperty("s", "not a number");
        assertThatThrownBy(() -> message.getIntProperty("s")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void missingPropertiesReadAsNullOrFalse() throws Exception {
        Message message = session().createMessage();
        assertThat(message.getStringProperty("absent")).isNull();
        assertThat(message.getObjectProperty("absent")).isNull();
        assertThat(message.getBooleanProperty("absent")).isFalse();
        assertThat(message.propertyExists("absent")).isFalse();
        assertThatThrownBy(() -> message.getIntProperty("absent")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void objectPropertyRejectsNonPrimitiveTypes() throws Exception {
        Message message = session().createMessage();
        assertThatThrownBy(() -> message.setObjectProperty("o", new java.util.Date()))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void invalidPropertyNamesAreRejected() throws Exception {
        Message message = session().createMessage();
        assertThatThrownBy(() -> message.setStringProperty("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setStringProperty(null, "v")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void receivedPropertiesAreReadOnlyUntilCleared() throws Exception {
        Session session = session();
        TextMessage sent = session.createTextMessage("x");
        sent.setStringProperty("p", "v");
        Message received = roundTrip(session, sent);
        assertThatThrownBy(() -> received.setStringProperty("q", "w"))
                .isInstanceOf(MessageNotWriteableException.class);
        received.clearProperties();
        received.setStringProperty("q", "w");
        assertThat(received.getStringProperty("q")).isEqualTo("w");
        assertThat(received.propertyExists("p")).isFalse();
    }

    @Test
    void deliveryCountIsOneOnFirstDelivery() throws Exception {
        Session session = session();
        Message received = roundTrip(session, session.createTextMessage("x"));
        assertThat(received.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
    }

    @Test
    void groupIdAndSequenceAreCarried() throws Exception {
        Session session = session();
        Message sent = session.createTextMessage("x");
        sent.setStringProperty("JMSXGroupID", "g");
        sent.setIntProperty("JMSXGroupSeq", 3);
        Message received = roundTrip(session, sent);
        assertThat(received.getStringProperty("JMSXGroupID")).isEqualTo("g");
        assertThat(received.getIntProperty("JMSXGroupSeq")).isEqualTo(3);
    }
}
