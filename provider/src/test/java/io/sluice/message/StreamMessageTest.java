package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.Serializable;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamMessageTest {
    private final SluiceStreamMessage message = new SluiceStreamMessage();

    static Object read(SluiceStreamMessage message, ValueKind kind) throws JMSException {
        return switch (kind) {
            case BOOLEAN -> message.readBoolean();
            case BYTE -> message.readByte();
            case SHORT -> message.readShort();
            case CHAR -> message.readChar();
            case INT -> message.readInt();
            case LONG -> message.readLong();
            case FLOAT -> message.readFloat();
            case DOUBLE -> message.readDouble();
            case STRING -> message.readString();
            case BYTES -> readWholeBytesField(message);
        };
    }

    private static byte[] readWholeBytesField(SluiceStreamMessage message) throws JMSException {
        byte[] buffer = new byte[100];
        int length = message.readBytes(buffer);
        return java.util.Arrays.copyOf(buffer, length);
    }

    static void write(SluiceStreamMessage message, ValueKind kind) throws JMSException {
        Object sample = kind.sample;
        switch (kind) {
            case BOOLEAN -> message.writeBoolean((Boolean) sample);
            case BYTE -> message.writeByte((Byte) sample);
            case SHORT -> message.writeShort((Short) sample);
            case CHAR -> message.writeChar((Character) sample);
            case INT -> message.writeInt((Integer) sample);
            case LONG -> message.writeLong((Long) sample);
            case FLOAT -> message.writeFloat((Float) sample);
            case DOUBLE -> message.writeDouble((Double) sample);
            case STRING -> message.writeString((String) sample);
            case BYTES -> message.writeBytes((byte[]) sample);
        }
    }

    @ParameterizedTest(name = "{0} read as {1}: supported={2}")
    @MethodSource("io.sluice.message.ValueKind#table37Cells")
    void everyCellOfTheConversionTableIsHonoured(ValueKind written, ValueKind read, boolean supported) throws JMSException {
        write(message, written);
        message.writeString("next");
        message.reset();

        if (supported) {
            assertThat(read(message, read)).isEqualTo(ValueKind.converted(written, read));
        } else {
            assertThatThrownBy(() -> read(message, read)).isInstanceOf(MessageFormatException.class);
            assertThat(message.readObject()).as("a failed read does not advance").isEqualTo(written.sample);
        }
        assertThat(message.readString()).isEqualTo("next");
    }

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void writeObjectIsEquivalentToTheTypedWrite(ValueKind kind) throws JMSException {
        message.writeObject(kind.sample);
        message.reset();

        assertThat(message.readObject()).isEqualTo(kind.sample);
    }

    @Test
    void aStringThatIsNotANumberFailsWithNumberFormatExceptionAndDoesNotAdvance() throws JMSException {
        message.writeString("abc");
        message.reset();

        assertThatThrownBy(message::readInt).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(message::readDouble).isInstanceOf(NumberFormatException.class);
        assertThat(message.readBoolean()).isFalse();
        assertThatThrownBy(message::readString).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void aNullFieldReadsAsValueOfNull() throws JMSException {
        for (int i = 0; i < 8; i++) {
            message.writeObject(null);
        }
        message.reset();

        assertThat(message.readString()).isNull();
        assertThat(message.readBoolean()).isFalse();
        assertThatThrownBy(message::readInt).isInstanceOf(NumberFormatException.class);
        message.readObject();
        assertThatThrownBy(message::readFloat).isInstanceOf(NullPointerException.class);
        message.readObject();
        assertThatThrownBy(message::readChar).isInstanceOf(NullPointerException.class);
        assertThat(message.readObject()).isNull();
        assertThat(message.readBytes(new byte[4])).as("a null byte[] field").isEqualTo(-1);
        assertThat(message.readObject()).isNull();
    }

    @Test
    void readBytesReadsAFieldInPiecesAndEndsWithMinusOneAfterAnExactFit() throws JMSException {
        message.writeBytes(new byte[] {1, 2, 3, 4, 5, 6});
        message.writeInt(7);
        message.reset();
        byte[] buffer = new byte[3];

        assertThat(message.readBytes(buffer)).isEqualTo(3);
        assertThat(buffer).containsExactly(1, 2, 3);
        assertThatThrownBy(message::readInt).as("the field is not read to its end")
                .isInstanceOf(MessageFormatException.class);
        assertThat(message.readBytes(buffer)).isEqualTo(3);
        assertThat(buffer).containsExactly(4, 5, 6);
        assertThat(message.readBytes(buffer)).isEqualTo(-1);
        assertThat(message.readInt()).isEqualTo(7);
    }

    @Test
    void aShortPieceEndsTheField() throws JMSException {
        message.writeBytes(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        message.writeBytes(new byte[] {9});
        message.reset();
        byte[] buffer = new byte[2];

        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(message.readBytes(buffer)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 4);
        assertThat(message.readBytes(buffer)).as("the next field").isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 9);
        assertThatThrownBy(() -> message.readBytes(buffer)).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void anEmptyByteFieldReadsAsZero() throws JMSException {
        message.writeBytes(new byte[0]);
        message.writeBoolean(true);
        message.reset();

        assertThat(message.readBytes(new byte[4])).isZero();
        assertThat(message.readBoolean()).isTrue();
    }

    @Test
    void readObjectAfterAnExactFitMovesOnToTheNextField() throws JMSException {
        message.writeBytes(new byte[] {1, 2});
        message.writeLong(5);
        message.reset();

        assertThat(message.readBytes(new byte[2])).isEqualTo(2);
        assertThat(message.readObject()).isEqualTo(5L);
    }

    @Test
    void readObjectInTheMiddleOfAByteFieldFails() throws JMSException {
        message.writeBytes(new byte[] {1, 2, 3});
        message.reset();
        message.readBytes(new byte[1]);

        assertThatThrownBy(message::readObject).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void readBytesOnAnotherTypeFailsWithoutAdvancing() throws JMSException {
        message.writeInt(3);
        message.reset();

        assertThatThrownBy(() -> message.readBytes(new byte[4])).isInstanceOf(MessageFormatException.class);
        assertThat(message.readInt()).isEqualTo(3);
    }

    @Test
    void byteArraysAreCopiedInAndOut() throws JMSException {
        byte[] written = {1, 2};
        message.writeBytes(written);
        message.writeObject(written);
        written[0] = 9;
        message.reset();

        byte[] first = (byte[]) message.readObject();
        first[1] = 9;
        assertThat(first[0]).isEqualTo((byte) 1);
        assertThat((byte[]) message.readObject()).containsExactly(1, 2);
        message.reset();
        assertThat((byte[]) message.readObject()).containsExactly(1, 2);
    }

    @Test
    void aNullByteArrayIsWrittenAsANullField() throws JMSException {
        message.writeBytes(null);
        message.reset();

        assertThat(message.readObject()).isNull();
    }

    @Test
    void writeObjectRefusesOtherTypes() {
        assertThatThrownBy(() -> message.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.writeObject(Map.of())).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void readingPastTheEndFailsWithMessageEOFException() throws JMSException {
        message.writeInt(1);
        message.reset();
        message.readInt();

        assertThatThrownBy(message::readInt).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(message::readObject).isInstanceOf(MessageEOFException.class);
        assertThatThrownBy(() -> message.readBytes(new byte[1])).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void aNewMessageIsWriteOnlyUntilReset() throws JMSException {
        message.writeInt(1);

        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(message::readObject).isInstanceOf(MessageNotReadableException.class);
        assertThatThrownBy(() -> message.readBytes(new byte[1])).isInstanceOf(MessageNotReadableException.class);
        message.reset();
        assertThat(message.readInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void aResetMessageIsReadOnlyUntilClearBody(ValueKind kind) throws JMSException {
        message.writeInt(1);
        message.reset();

        assertThatThrownBy(() -> write(message, kind)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.writeObject(kind.sample)).isInstanceOf(MessageNotWriteableException.class);
    }

    @Test
    void clearBodyEmptiesTheStreamAndMakesItWritable() throws JMSException {
        message.writeInt(1);
        message.makeReadOnly();

        message.clearBody();
        message.writeInt(2);
        message.writeBytes(new byte[] {1, 2, 3}, 0, 1);
        message.reset();

        assertThat(message.readInt()).isEqualTo(2);
        assertThat(message.readObject()).isEqualTo(new byte[] {1});
        assertThatThrownBy(message::readObject).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void resetRewindsAReadStream() throws JMSException {
        message.writeInt(1);
        message.writeInt(2);
        message.reset();
        message.readInt();

        message.reset();

        assertThat(message.readInt()).isEqualTo(1);
    }

    @Test
    void getBodyIsNotSupportedByAStreamMessage() throws JMSException {
        assertThat(message.isBodyAssignableTo(Object.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
        message.writeInt(1);
        assertThat(message.isBodyAssignableTo(Serializable.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void writeBytesWithABadRangeFails() {
        assertThatThrownBy(() -> message.writeBytes(new byte[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> message.writeBytes(new byte[2], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
