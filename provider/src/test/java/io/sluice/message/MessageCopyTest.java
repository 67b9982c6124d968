package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copy is what the client sends and hands to consumers: nothing done to one side may show on the other. */
class MessageCopyTest {

    static List<SluiceMessage> messages() throws JMSException {
        return MessageCodecTest.richMessages();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void changingTheOriginalAfterCopyingDoesNotChangeTheCopy(SluiceMessage original) throws JMSException {
        SluiceMessage copy = original.copy();
        Map<String, Object> before = MessageSnapshot.of(copy);

        mutate(original);

        assertThat(MessageSnapshot.of(copy)).isEqualTo(before);
        assertThat(MessageSnapshot.of(original)).isNotEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void changingTheCopyDoesNotChangeTheOriginal(SluiceMessage original) throws JMSException {
        Map<String, Object> before = MessageSnapshot.of(original);

        mutate(original.copy());

        assertThat(MessageSnapshot.of(original)).isEqualTo(before);
    }

    private static void mutate(SluiceMessage message) throws JMSException {
        message.setJMSPriority(1);
        message.setJMSCorrelationIDAsBytes(new byte[] {7});
        message.setIntProperty("added", 1);
        message.clearBody();
        switch (message.type()) {
            case TEXT -> ((SluiceTextMessage) message).setText("changed");
            case BYTES -> ((SluiceBytesMessage) message).writeInt(99);
            case MAP -> ((SluiceMapMessage) message).setInt("changed", 1);
            case STREAM -> ((SluiceStreamMessage) message).writeInt(99);
            case OBJECT -> ((SluiceObjectMessage) message).setObject("changed");
            default -> { }
        }
    }

    @Test
    void aCopyOfAReceivedMessageIsReadOnlyToo() throws JMSException {
        SluiceTextMessage received = new SluiceTextMessage("t");
        received.makeReadOnly();

        SluiceTextMessage copy = (SluiceTextMessage) received.copy();

        assertThatThrownBy(() -> copy.setText("x")).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> copy.setIntProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void aCopyOfAMessageBeingWrittenCanBeWrittenOnIndependently() throws JMSException {
        SluiceBytesMessage original = new SluiceBytesMessage();
        original.writeInt(1);

        SluiceBytesMessage copy = (SluiceBytesMessage) original.copy();
        copy.writeInt(2);
        original.writeLong(3);
        copy.reset();
        original.reset();

        assertThat(copy.getBodyLength()).isEqualTo(8);
        assertThat(original.getBodyLength()).isEqualTo(12);
    }

    @Test
    void aCopyKeepsTheReadPositionOfStreams() throws JMSException {
        SluiceStreamMessage stream = new SluiceStreamMessage();
        stream.writeInt(1);
        stream.writeInt(2);
        stream.reset();
        stream.readInt();
        SluiceBytesMessage bytes = new SluiceBytesMessage();
        bytes.writeShort((short) 1);
        bytes.writeShort((short) 2);
        bytes.reset();
        bytes.readShort();

        assertThat(((SluiceStreamMessage) stream.copy()).readInt()).isEqualTo(2);
        assertThat(((SluiceBytesMessage) bytes.copy()).readShort()).isEqualTo((short) 2);
        assertThat(stream.readInt()).as("the original did not move").isEqualTo(2);
    }

    @Test
    void anObjectChangedAfterSettingIsNotSeenByACopy() throws JMSException {
        SluiceObjectMessage original = new SluiceObjectMessage();
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        original.setObject(list);
        list.add("b");

        assertThat(((SluiceObjectMessage) original.copy()).getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void theAcknowledgeCallbackTravelsWithTheCopy() throws JMSException {
        AtomicInteger acknowledgements = new AtomicInteger();
        SluiceMessage received = new SluiceMessage();
        received.setAcknowledgeCallback(m -> acknowledgements.incrementAndGet());

        received.copy().acknowledge();

        assertThat(acknowledgements).hasValue(1);
    }
}
