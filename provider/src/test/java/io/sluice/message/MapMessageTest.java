package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapMessageTest {
    private final SluiceMapMessage message = new SluiceMapMessage();

    static Object read(SluiceMapMessage message, String name, ValueKind kind) throws JMSException {
        return switch (kind) {
            case BOOLEAN -> message.getBoolean(name);
            case BYTE -> message.getByte(name);
            case SHORT -> message.getShort(name);
            case CHAR -> message.getChar(name);
            case INT -> message.getInt(name);
            case LONG -> message.getLong(name);
            case FLOAT -> message.getFloat(name);
            case DOUBLE -> message.getDouble(name);
            case STRING -> message.getString(name);
            case BYTES -> message.getBytes(name);
        };
    }

    static void write(SluiceMapMessage message, String name, ValueKind kind) throws JMSException {
        Object sample = kind.sample;
        switch (kind) {
            case BOOLEAN -> message.setBoolean(name, (Boolean) sample);
            case BYTE -> message.setByte(name, (Byte) sample);
            case SHORT -> message.setShort(name, (Short) sample);
            case CHAR -> message.setChar(name, (Character) sample);
            case INT -> message.setInt(name, (Integer) sample);
            case LONG -> message.setLong(name, (Long) sample);
            case FLOAT -> message.setFloat(name, (Float) sample);
            case DOUBLE -> message.setDouble(name, (Double) sample);
            case STRING -> message.setString(name, (String) sample);
            case BYTES -> message.setBytes(name, (byte[]) sample);
        }
    }

    @ParameterizedTest(name = "{0} read as {1}: supported={2}")
    @MethodSource("io.sluice.message.ValueKind#table37Cells")
    void everyCellOfTheConversionTableIsHonoured(ValueKind written, ValueKind read, boolean supported) throws JMSException {
        write(message, "v", written);

        if (supported) {
            assertThat(read(message, "v", read)).isEqualTo(ValueKind.converted(written, read));
        } else {
            assertThatThrownBy(() -> read(message, "v", read)).isInstanceOf(MessageFormatException.class);
        }
        assertThat(message.getObject("v")).isEqualTo(written.sample);
    }

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void setObjectIsEquivalentToTheTypedSetter(ValueKind kind) throws JMSException {
        message.setObject("v", kind.sample);

        assertThat(message.getObject("v")).isEqualTo(kind.sample);
        assertThat(read(message, "v", kind)).isEqualTo(kind.sample);
    }

    @Test
    void aMissingNameReadsAsValueOfNull() throws JMSException {
        assertThat(message.getBoolean("x")).isFalse();
        assertThat(message.getString("x")).isNull();
        assertThat(message.getBytes("x")).isNull();
        assertThat(message.getObject("x")).isNull();
        assertThatThrownBy(() -> message.getInt("x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getDouble("x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> message.getChar("x")).isInstanceOf(NullPointerException.class);
        assertThat(message.itemExists("x")).isFalse();
    }

    @Test
    void aStringThatIsNotANumberFailsWithNumberFormatException() throws JMSException {
        message.setString("s", "1.5x");

        assertThatThrownBy(() -> message.getFloat("s")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getLong("s")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void namesAndExistenceOfItems() throws JMSException {
        message.setInt("a", 1);
        message.setString("b", null);

        assertThat(Collections.list(message.getMapNames())).containsExactlyInAnyOrder("a", "b");
        assertThat(message.itemExists("b")).isTrue();
        assertThat(message.getString("b")).isNull();
    }

    @Test
    void entryNamesMustNotBeNullOrEmpty() {
        assertThatThrownBy(() -> message.setInt(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setObject("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setBytes("", new byte[1], 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setObjectRefusesOtherTypes() {
        assertThatThrownBy(() -> message.setObject("v", List.of())).isInstanceOf(MessageFormatException.class);
        assertThat(message.itemExists("v")).isFalse();
    }

    @Test
    void byteArraysAreCopiedInAndOut() throws JMSException {
        byte[] value = {1, 2, 3};
        message.setBytes("a", value);
        message.setBytes("b", value, 1, 2);
        message.setObject("c", value);
        value[1] = 9;

        message.getBytes("a")[0] = 9;
        ((byte[]) message.getObject("c"))[0] = 9;

        assertThat(message.getBytes("a")).containsExactly(1, 2, 3);
        assertThat(message.getBytes("b")).containsExactly(2, 3);
        assertThat(message.getBytes("c")).containsExactly(1, 2, 3);
    }

    @Test
    void aReceivedMessageIsReadOnlyUntilClearBody() throws JMSException {
        message.setInt("a", 1);
        message.makeReadOnly();

        for (ValueKind kind : ValueKind.values()) {
            assertThatThrownBy(() -> write(message, "x", kind)).isInstanceOf(MessageNotWriteableException.class);
        }
        assertThatThrownBy(() -> message.setObject("x", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setBytes("x", new byte[1], 0, 1))
                .isInstanceOf(MessageNotWriteableException.class);
        assertThat(message.getInt("a")).isEqualTo(1);

        message.clearBody();

        assertThat(message.itemExists("a")).isFalse();
        message.setInt("b", 2);
        assertThat(message.getInt("b")).isEqualTo(2);
    }

    @Test
    void getBodyReturnsACopyOfTheEntriesAsAMap() throws JMSException {
        assertThat(message.getBody(String.class)).as("no body").isNull();
        assertThat(message.isBodyAssignableTo(Integer.class)).isTrue();

        message.setInt("a", 1);
        message.setBytes("b", new byte[] {7});
        @SuppressWarnings("unchecked")
        Map<String, Object> body = message.getBody(Map.class);
        ((byte[]) body.get("b"))[0] = 0;

        assertThat(body).containsEntry("a", 1).hasSize(2);
        assertThat(message.getBytes("b")).containsExactly(7);
        assertThat(message.getBody(Object.class)).isInstanceOf(Map.class);
        assertThat(message.isBodyAssignableTo(Map.class)).isTrue();
        assertThat(message.isBodyAssignableTo(HashMap.class)).isFalse();
        assertThat(message.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(HashMap.class)).isInstanceOf(MessageFormatException.class);
    }
}
