package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 3.10-3.11: less travelled corners of the message model. */
class MessageEdgeCasesTest extends JmsTestSupport {

    @SuppressWarnings("unchecked")
    private <M extends Message> M roundTrip(Session session, M message) throws Exception {
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(message);
        return (M) receive(consumer);
    }

    @Test
    void nullTextAndNullObjectRoundTrip() throws Exception {
        Session session = session();
        TextMessage text = roundTrip(session, session.createTextMessage());
        assertThat(text.getText()).isNull();
        ObjectMessage object = roundTrip(session, session.createObjectMessage());
        assertThat(object.getObject()).isNull();
    }

    @Test
    void streamPositionDoesNotMoveWhenAReadFailsWithMessageFormatException() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeString("text");
        StreamMessage received = roundTrip(session, sent);
        assertThatThrownBy(received::readLong).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> received.readBytes(new byte[1])).isInstanceOf(MessageFormatException.class);
        assertThat(received.readString()).isEqualTo("text");
    }

    @Test
    void streamBytesFieldIsReadInChunks() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeBytes(new byte[] {1, 2, 3});
        sent.writeInt(9);
        StreamMessage received = roundTrip(session, sent);
        byte[] chunk = new byte[2];
        assertThat(received.readBytes(chunk)).isEqualTo(2);
        // a read shorter than the buffer ends the field
        assertThat(received.readBytes(chunk)).isEqualTo(1);
        assertThat(received.readInt()).isEqualTo(9);
    }

    @Test
    void streamNullReadsAsNullStringAndObject() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeObject(null);
        StreamMessage received = roundTrip(session, sent);
        assertThat(received.readString()).isNull();
    }

    @Test
    void bytesWriteObjectRejectsUnsupportedTypes() throws Exception {
        BytesMessage message = session().createBytesMessage();
        assertThatThrownBy(() -> message.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.writeObject(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void mapNumberFromUnparsableStringThrowsNumberFormatException() throws Exception {
        MapMessage message = session().createMapMessage();
        message.setString("s", "abc");
        message.setBoolean("b", true);
        assertThatThrownBy(() -> message.getInt("s")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getLong("b")).isInstanceOf(MessageFormatException.class);
        assertThat(message.getBoolean("absent")).isFalse();
        assertThat(message.getString("absent")).isNull();
    }

    @Test
    void receivedMapIsReadOnlyUntilCleared() throws Exception {
        Session session = session();
        MapMessage sent = session.createMapMessage();
        sent.setInt("i", 1);
        MapMessage received = roundTrip(session, sent);
        assertThatThrownBy(() -> received.setInt("j", 2))
                .isInstanceOf(MessageNotWriteableException.class);
        received.clearBody();
        assertThat(received.itemExists("i")).isFalse();
        received.setInt("j", 2);
    }

    @Test
    void receivedMessageCanBeSentOnAsItIs() throws Exception {
        Session session = session();
        TextMessage received = roundTrip(session, session.createTextMessage("relay"));
        String firstId = received.getJMSMessageID();
        Queue next = queue(session);
        MessageConsumer consumer = session.createConsumer(next);
        session.createProducer(next).send(received);
        Message relayed = receive(consumer);
        assertThat(text(relayed)).isEqualTo("relay");
        assertThat(relayed.getJMSMessageID()).isNotEqualTo(firstId);
        assertThat(relayed.getJMSDestination()).isEqualTo(next);
    }

    @Test
    void objectMessageGetBodyWithWrongTypeThrows() throws Exception {
        Session session = session();
        ObjectMessage received = roundTrip(session, session.createObjectMessage("a string"));
        assertThat(received.isBodyAssignableTo(String.class)).isTrue();
        assertThat(received.isBodyAssignableTo(Integer.class)).isFalse();
        assertThatThrownBy(() -> received.getBody(Integer.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void bodyOfAReceivedBytesMessageCanBeReadAgainAfterReset() throws Exception {
        Session session = session();
        BytesMessage sent = session.createBytesMessage();
        sent.writeLong(7L);
        BytesMessage received = roundTrip(session, sent);
        assertThat(received.readLong()).isEqualTo(7L);
        received.reset();
        assertThat(received.readLong()).isEqualTo(7L);
    }

    @Test
    void bytesReadPastTheEndThrowsMessageEofException() throws Exception {
        Session session = session();
        BytesMessage sent = session.createBytesMessage();
        sent.writeShort((short) 1);
        BytesMessage received = roundTrip(session, sent);
        assertThatThrownBy(received::readInt).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void bodyLengthOfAWriteOnlyBytesMessageIsNotReadable() throws Exception {
        BytesMessage message = session().createBytesMessage();
        assertThatThrownBy(message::getBodyLength).isInstanceOf(MessageNotReadableException.class);
    }

    @Test
    void streamConversionsFollowTheSpecTable() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeChar('c');
        sent.writeString("s");
        sent.writeFloat(1.5f);
        sent.writeBytes(new byte[] {1});
        StreamMessage received = roundTrip(session, sent);
        assertThat(received.readString()).isEqualTo("c");
        assertThatThrownBy(received::readChar).isInstanceOf(MessageFormatException.class);
        assertThat(received.readString()).isEqualTo("s");
        assertThat(received.readDouble()).isEqualTo(1.5);
        assertThatThrownBy(received::readString).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapConversionsFollowTheSpecTable() throws Exception {
        MapMessage message = session().createMapMessage();
        message.setString("s", "text");
        message.setDouble("d", 2.5);
        message.setShort("sh", (short) 7);
        assertThatThrownBy(() -> message.getBytes("s")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getFloat("d")).isInstanceOf(MessageFormatException.class);
        assertThat(message.getLong("sh")).isEqualTo(7L);
        assertThatThrownBy(() -> message.getByte("sh")).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void propertyConversionsRefuseNarrowingFloatingPoint() throws Exception {
        Message message = session().createMessage();
        message.setDoubleProperty("d", 1.5);
        message.setShortProperty("s", (short) 2);
        assertThatThrownBy(() -> message.getFloatProperty("d")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getByteProperty("s")).isInstanceOf(MessageFormatException.class);
        assertThat(message.getLongProperty("s")).isEqualTo(2L);
    }
}
