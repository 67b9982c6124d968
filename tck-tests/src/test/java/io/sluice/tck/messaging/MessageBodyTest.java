package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 3.11: the five body types, their read-only/write-only states, and getBody/isBodyAssignableTo. */
class MessageBodyTest extends JmsTestSupport {

    @SuppressWarnings("unchecked")
    private <M extends Message> M roundTrip(Session session, M message) throws Exception {
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(message);
        return (M) receive(consumer);
    }

    @Test
    void textBodyRoundTrips() throws Exception {
        Session session = session();
        TextMessage received = roundTrip(session, session.createTextMessage("héllo ✓"));
        assertThat(received.getText()).isEqualTo("héllo ✓");
        assertThat(received.getBody(String.class)).isEqualTo("héllo ✓");
    }

    @Test
    void bytesBodyRoundTripsTypedValues() throws Exception {
        Session session = session();
        BytesMessage sent = session.createBytesMessage();
        sent.writeInt(42);
        sent.writeUTF("utf");
        sent.writeBytes(new byte[] {9, 8});
        BytesMessage received = roundTrip(session, sent);
        assertThat(received.getBodyLength()).isEqualTo(4 + 2 + 3 + 2);
        assertThat(received.readInt()).isEqualTo(42);
        assertThat(received.readUTF()).isEqualTo("utf");
        byte[] rest = new byte[5];
        assertThat(received.readBytes(rest)).isEqualTo(2);
        assertThat(received.readBytes(rest)).isEqualTo(-1);
    }

    @Test
    void mapBodyRoundTrips() throws Exception {
        Session session = session();
        MapMessage sent = session.createMapMessage();
        sent.setInt("i", 1);
        sent.setString("s", "two");
        sent.setBytes("b", new byte[] {3});
        MapMessage received = roundTrip(session, sent);
        assertThat(received.getInt("i")).isEqualTo(1);
        assertThat(received.getString("s")).isEqualTo("two");
        assertThat(received.getBytes("b")).containsExactly(3);
        assertThat(received.getString("i")).isEqualTo("1");
        assertThat(received.itemExists("absent")).isFalse();
        assertThat(Collections.list(received.getMapNames())).containsExactlyInAnyOrder("i", "s", "b");
        assertThat(received.getBody(Map.class)).containsEntry("s", "two");
    }

    @Test
    void streamBodyRoundTripsInOrderAndEndsWithEof() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeBoolean(true);
        sent.writeString("s");
        sent.writeLong(5L);
        StreamMessage received = roundTrip(session, sent);
        assertThat(received.readBoolean()).isTrue();
        assertThat(received.readString()).isEqualTo("s");
        assertThat(received.readString()).isEqualTo("5");
        assertThatThrownBy(received::readObject).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void streamReadWithWrongTypeThrowsMessageFormatException() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeBoolean(true);
        StreamMessage received = roundTrip(session, sent);
        assertThatThrownBy(received::readInt).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void objectBodyRoundTripsASerializable() throws Exception {
        Session session = session();
        ArrayList<String> list = new ArrayList<>(List.of("a", "b"));
        ObjectMessage received = roundTrip(session, session.createObjectMessage(list));
        assertThat(received.getObject()).isEqualTo(list);
    }

    @Test
    void objectBodyIsCopiedAtSet() throws Exception {
        Session session = session();
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        ObjectMessage message = session.createObjectMessage(list);
        list.add("later");
        assertThat(message.getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void emptyMessageHasNoBody() throws Exception {
        Session session = session();
        Message received = roundTrip(session, session.createMessage());
        assertThat(received.getBody(Object.class)).isNull();
        assertThat(received.isBodyAssignableTo(String.class)).isTrue();
    }

    @Test
    void receivedBodyIsReadOnlyUntilCleared() throws Exception {
        Session session = session();
        TextMessage received = roundTrip(session, session.createTextMessage("x"));
        assertThatThrownBy(() -> received.setText("y")).isInstanceOf(MessageNotWriteableException.class);
        received.clearBody();
        received.setText("y");
        assertThat(received.getText()).isEqualTo("y");
    }

    @Test
    void bytesMessageIsWriteOnlyUntilReset() throws Exception {
        BytesMessage message = session().createBytesMessage();
        message.writeInt(1);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class);
        message.reset();
        assertThat(message.readInt()).isEqualTo(1);
        assertThatThrownBy(() -> message.writeInt(2)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void streamMessageIsWriteOnlyUntilReset() throws Exception {
        StreamMessage message = session().createStreamMessage();
        message.writeInt(1);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class);
        message.reset();
        assertThat(message.readInt()).isEqualTo(1);
    }

    @Test
    void getBodyWithWrongTypeThrowsMessageFormatException() throws Exception {
        Session session = session();
        TextMessage message = roundTrip(session, session.createTextMessage("x"));
        assertThat(message.isBodyAssignableTo(Integer.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Integer.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void streamMessageBodyCannotBeReadWithGetBody() throws Exception {
        Session session = session();
        StreamMessage sent = session.createStreamMessage();
        sent.writeInt(1);
        StreamMessage received = roundTrip(session, sent);
        assertThat(received.isBodyAssignableTo(Object.class)).isFalse();
        assertThatThrownBy(() -> received.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void bytesMessageGetBodyReturnsTheBytes() throws Exception {
        Session session = session();
        BytesMessage sent = session.createBytesMessage();
        sent.writeBytes(new byte[] {1, 2, 3});
        BytesMessage received = roundTrip(session, sent);
        assertThat(received.getBody(byte[].class)).containsExactly(1, 2, 3);
    }

    @Test
    void mapMessageRejectsInvalidValueTypes() throws Exception {
        MapMessage message = session().createMapMessage();
        assertThatThrownBy(() -> message.setObject("o", new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.setInt("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageSentTwiceCarriesItsCurrentContent() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        var producer = session.createProducer(queue);
        TextMessage message = session.createTextMessage("first");
        producer.send(message);
        message.setText("second");
        producer.send(message);
        assertThat(text(receive(consumer))).isEqualTo("first");
        assertThat(text(receive(consumer))).isEqualTo("second");
    }
}
