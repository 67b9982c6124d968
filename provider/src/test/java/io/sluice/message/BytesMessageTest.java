package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BytesMessageTest {
    private final SluiceBytesMessage message = new SluiceBytesMessage();

    @Test
    void everyTypeReadsBackAsWritten() throws JMSException {
        message.writeBoolean(true);
        message.writeByte((byte) -5);
        message.writeShort((short) -300);
        message.writeChar('é');
        message.writeInt(-70000);
        message.writeLong(1L << 40);
        message.writeFloat(1.25f);
        message.writeDouble(-2.5);
        message.writeUTF("hé\u0000llo");
        message.writeBytes(new byte[] {1, 2, 3});
        message.writeBytes(new byte[] {4, 5, 6, 7}, 1, 2);
        message.reset();

        assertThat(message.readBoolean()).isTrue();
        assertThat(message.readByte()).isEqualTo((byte) -5);
        assertThat(message.readShort()).isEqualTo((short) -300);
        assertThat(message.readChar()).isEqualTo('é');
        assertThat(message.readInt()).isEqualTo(-70000);
        assertThat(message.readLong()).isEqualTo(1L << 40);
        assertThat(message.readFloat()).isEqualTo(1.25f);
        assertThat(message.readDouble()).isEqualTo(-2.5);
        assertThat(message.readUTF()).isEqualTo("hé\u0000llo");
        byte[] rest = new byte[10];
        assertThat(message.readBytes(rest)).isEqualTo(5);
        assertThat(rest).startsWith(1, 2, 3, 5, 6);
    }

    @Test
    void theLayoutIsThatOfDataOutput() throws JMSException, IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(expected);
        data.writeInt(258);
        data.writeUTF("ab");
        data.writeShort(-1);
        data.writeDouble(3.0);

        message.writeInt(258);
        message.writeUTF("ab");
        message.writeShort((short) -1);
        message.writeDouble(3.0);

        assertThat(message.getBody(byte[].class)).isEqualTo(expected.toByteArray());
    }

    @Test
    void unsignedReads() throws JMSException {
        message.writeByte((byte) 0xF0);
        message.writeShort((short) 0xFFFE);
        message.reset();

        assertThat(message.readUnsignedByte()).isEqualTo(0xF0);
        assertThat(message.readUnsignedShort()).isEqualTo(0xFFFE);
    }

    @Test
    void writeObjectWritesEachSupportedType() throws JMSException {
        for (Object value : List.of(true, (byte) 1, (short) 2, 'c', 3, 4L, 5f, 6d, "s", new byte[] {7})) {
            message.writeObject(value);
        }
        message.reset();

        assertThat(message.readBoolean()).isTrue();
        assertThat(message.readByte()).isEqualTo((byte) 1);
        assertThat(message.readShort()).isEqualTo((short) 2);
        assertThat(message.readChar()).isEqualTo('c');
        assertThat(message.readInt()).isEqualTo(3);
        assertThat(message.readLong()).isEqualTo(4L);
        assertThat(message.readFloat()).isEqualTo(5f);
        assertThat(message.readDouble()).isEqualTo(6d);
        assertThat(message.readUTF()).isEqualTo("s");
        assertThat(message.readByte()).isEqualTo((byte) 7);
    }

    @Test
    void writeObjectRefusesNullAndOtherTypes() {
        assertThatThrownBy(() -> message.writeObject(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> message.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.writeBytes(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> message.writeUTF(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStringLongerThanWriteUtfAllowsIsRefused() {
        assertThatThrownBy(() -> message.writeUTF("x".repeat(70_000))).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("65535");
    }

    @Test
    void getBodyLengthIsTheWholeBodyWhateverThePosition() throws JMSException {
        message.writeLong(1);
        message.writeInt(2);
        message.reset();
        message.readLong();

        assertThat(message.getBodyLength()).isEqualTo(12);
    }

    @Test
    void readBytesFillsTheBufferThenReturnsTheRestThenMinusOne() throws JMSException {
        message.writeBytes(new byte[] {1, 2, 3, 4, 5});
        message.reset();
        byte[] buffer = new byte[2];

        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(buffer).containsExactly(3, 4);
        assertThat(message.readBytes(buffer)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 5);
        assertThat(message.readBytes(buffer)).isEqualTo(-1);
    }

    @Test
    void readBytesWithALengthReadsAtMostThatMany() throws JMSException {
        message.writeBytes(new byte[] {1, 2, 3});
        message.reset();
        byte[] buffer = new byte[3];

        assertThat(message.readBytes(buffer, 2)).isEqualTo(2);
        assertThat(message.readBytes(buffer, 0)).isZero();
        assertThatThrownBy(() -> message.readBytes(buffer, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> message.readBytes(buffer, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(message.readBytes(buffer, 3)).as("nothing was read by the refused calls").isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 3);
    }

    @Test
    void readingPastTheEndFailsWithoutMovingTheReadPosition() throws JMSException {
        message.writeShort((short) 7);
        message.reset();

        assertThatThrownBy(message::readInt).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readLong).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readDouble).isInstanceOf(MessageEOFException.class);
        assertThat(message.readShort()).isEqualTo((short) 7);
        assertThatThrownBy(message::readByte).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readBoolean).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readChar).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readUTF).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void aTruncatedStringFailsWithoutMovingTheReadPosition() throws JMSException {
        message.writeShort((short) 10);
        message.writeByte((byte) 'a');
        message.reset();

        assertThatThrownBy(message::readUTF).isInstanceOf(MessageEOFException.class).hasMessageContaining("10");
        assertThat(message.readShort()).isEqualTo((short) 10);
    }

    @Test
    void bytesThatAreNotModifiedUtf8FailWithMessageFormatException() throws JMSException {
        message.writeShort((short) 2);
        message.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        message.reset();

        assertThatThrownBy(message::readUTF).isInstanceOf(MessageFormatException.class);
        assertThat(message.readShort()).isEqualTo((short) 2);
    }

    @Test
    void aNewMessageIsWriteOnlyUntilReset() throws JMSException {
        message.writeInt(1);

        assertThatThrownBy(message::getBodyLength).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(message::readUTF).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(() -> message.readBytes(new byte[1])).isInstanceOf(MessageNotReadableException.class);
    }

    @Test
    void aResetMessageIsReadOnlyUntilClearBody() throws JMSException {
        message.writeInt(1);
        message.reset();

        assertThatThrownBy(() -> message.writeBoolean(true)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeByte((byte) 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeShort((short) 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeChar('c')).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeInt(1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeLong(1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeFloat(1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeDouble(1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeUTF("s")).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeBytes(new byte[1])).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeObject(1)).isInstanceOf(MessageNotWriteableException.class);

        message.clearBody();

        message.writeInt(2);
        message.reset();
        assertThat(message.getBodyLength()).isEqualTo(4);
        assertThat(message.readInt()).isEqualTo(2);
    }

    @Test
    void clearBodyOfAReceivedMessageLeavesAnEmptyWritableBody() throws JMSException {
        message.writeInt(1);
        message.makeReadOnly();

        message.clearBody();

        assertThat(message.getBody(byte[].class)).isNull();
        message.reset();
        assertThat(message.getBodyLength()).isZero();
        assertThat(message.readBytes(new byte[1])).isEqualTo(-1);
    }

    @Test
    void getBodyReturnsTheWholeBodyAndRewinds() throws JMSException {
        assertThat(message.getBody(Integer.class)).as("an empty body is no body").isNull();
        assertThat(message.isBodyAssignableTo(Integer.class)).isTrue();
        message.writeBytes(new byte[] {1, 2, 3});
        message.reset();
        message.readByte();

        byte[] body = message.getBody(byte[].class);
        body[0] = 9;

        assertThat(body).hasSize(3);
        assertThat(message.readByte()).as("rewound by getBody").isEqualTo((byte) 1);
        assertThat(message.getBody(Object.class)).isEqualTo(new byte[] {1, 2, 3});
        assertThat(message.isBodyAssignableTo(byte[].class)).isTrue();
        assertThat(message.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void resetOfAnEmptyMessageGivesAnEmptyReadableBody() throws JMSException {
        message.reset();

        assertThat(message.getBodyLength()).isZero();
        assertThatThrownBy(message::readByte).isInstanceOf(MessageEOFException.class);
    }
}
