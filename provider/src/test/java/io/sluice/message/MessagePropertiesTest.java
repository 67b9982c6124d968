package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagePropertiesTest {
    private final SluiceMessage message = new SluiceMessage();

    static Object read(SluiceMessage message, String name, ValueKind kind) throws JMSException {
        return switch (kind) {
            case BOOLEAN -> message.getBooleanProperty(name);
            case BYTE -> message.getByteProperty(name);
            case SHORT -> message.getShortProperty(name);
            case INT -> message.getIntProperty(name);
            case LONG -> message.getLongProperty(name);
            case FLOAT -> message.getFloatProperty(name);
            case DOUBLE -> message.getDoubleProperty(name);
            case STRING -> message.getStringProperty(name);
            default -> throw new IllegalArgumentException(kind + " is not a property type");
        };
    }

    @ParameterizedTest(name = "{0} read as {1}: supported={2}")
    @MethodSource("io.sluice.message.ValueKind#table32Cells")
    void everyCellOfTheConversionTableIsHonoured(ValueKind written, ValueKind read, boolean supported) throws JMSException {
        message.setObjectProperty("p", written.sample);

        if (supported) {
            assertThat(read(message, "p", read)).isEqualTo(ValueKind.converted(written, read));
        } else {
            assertThatThrownBy(() -> read(message, "p", read)).isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining(read.name().toLowerCase().substring(0, 3));
        }
        assertThat(message.getObjectProperty("p")).isEqualTo(written.sample);
    }

    @Test
    void typedSettersStoreTheirBoxedType() throws JMSException {
        message.setBooleanProperty("b", true);
        message.setByteProperty("y", (byte) 1);
        message.setShortProperty("s", (short) 2);
        message.setIntProperty("i", 3);
        message.setLongProperty("l", 4L);
        message.setFloatProperty("f", 5f);
        message.setDoubleProperty("d", 6d);
        message.setStringProperty("t", "seven");

        assertThat(List.of("b", "y", "s", "i", "l", "f", "d", "t")).map(message::getObjectProperty)
                .containsExactly(true, (byte) 1, (short) 2, 3, 4L, 5f, 6d, "seven");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BYTE", "SHORT", "INT", "LONG", "FLOAT", "DOUBLE"})
    void aStringThatIsNotANumberFailsWithNumberFormatException(ValueKind kind) throws JMSException {
        message.setStringProperty("p", "twelve");

        assertThatThrownBy(() -> read(message, "p", kind)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aStringReadAsBooleanFollowsBooleanValueOf() throws JMSException {
        message.setStringProperty("yes", "TRUE");
        message.setStringProperty("other", "yes");

        assertThat(message.getBooleanProperty("yes")).isTrue();
        assertThat(message.getBooleanProperty("other")).isFalse();
    }

    @Test
    void aMissingPropertyReadsAsValueOfNull() throws JMSException {
        assertThat(message.getBooleanProperty("missing")).isFalse();
        assertThat(message.getStringProperty("missing")).isNull();
        assertThat(message.getObjectProperty("missing")).isNull();
        assertThat(message.propertyExists("missing")).isFalse();
        for (ValueKind integral : List.of(ValueKind.BYTE, ValueKind.SHORT, ValueKind.INT, ValueKind.LONG)) {
            assertThatThrownBy(() -> read(message, "missing", integral)).isInstanceOf(NumberFormatException.class);
        }
        // Float.valueOf((String) null) and Double.valueOf((String) null) throw NullPointerException
        assertThatThrownBy(() -> message.getFloatProperty("missing")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> message.getDoubleProperty("missing")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullValuedPropertyExistsAndReadsLikeAMissingOne() throws JMSException {
        message.setStringProperty("p", null);
        message.setObjectProperty("q", null);

        assertThat(message.propertyExists("p")).isTrue();
        assertThat(message.propertyExists("q")).isTrue();
        assertThat(message.getStringProperty("p")).isNull();
        assertThat(message.getBooleanProperty("q")).isFalse();
        assertThatThrownBy(() -> message.getIntProperty("p")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void setObjectPropertyRefusesTypesOtherThanBoxedPrimitivesAndString() {
        for (Object invalid : List.of('c', new byte[] {1}, new Object(), List.of(1), new StringBuilder("x"))) {
            assertThatThrownBy(() -> message.setObjectProperty("p", invalid))
                    .isInstanceOf(MessageFormatException.class).hasMessageContaining("cannot hold");
        }
        assertThat(message.propertyExists("p")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a-b", "a b", "a.b", "NULL", "null", "TRUE", "False", "NOT", "and", "Or",
            "BETWEEN", "like", "IN", "is", "ESCAPE", "JMSType", "JMSPriority", "JMSMessageID", "JMSDeliveryMode",
            "JMSTimestamp", "JMSCorrelationID", "JMSDestination", "JMSReplyTo", "JMSExpiration", "JMSRedelivered",
            "JMSDeliveryTime"})
    void invalidPropertyNamesAreRefused(String name) {
        assertThatThrownBy(() -> message.setIntProperty(name, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setObjectProperty(name, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullPropertyNameIsRefused() {
        assertThatThrownBy(() -> message.setStringProperty(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "_x", "$y", "x1", "Nullable", "android", "JMSXGroupID", "JMS_Sluice_x", "prix_été",
            "JMSTypeOfThing"})
    void validIdentifiersAreAccepted(String name) throws JMSException {
        message.setStringProperty(name, "v");

        assertThat(message.getStringProperty(name)).isEqualTo("v");
    }

    @Test
    void jmsDefinedPropertiesMustHaveTheirDefinedType() throws JMSException {
        assertThatThrownBy(() -> message.setStringProperty(JmsxProperties.DELIVERY_COUNT, "1"))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining("JMSXDeliveryCount");
        assertThatThrownBy(() -> message.setLongProperty(JmsxProperties.GROUP_SEQ, 1L))
                .isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.setIntProperty(JmsxProperties.GROUP_ID, 1))
                .isInstanceOf(MessageFormatException.class);

        message.setStringProperty(JmsxProperties.GROUP_ID, "orders-42");
        message.setIntProperty(JmsxProperties.GROUP_SEQ, 3);
        message.setStringProperty(JmsxProperties.USER_ID, "alice");
        message.setProviderProperty(JmsxProperties.RCV_TIMESTAMP, 17L);

        assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo("orders-42");
        assertThat(message.getIntProperty("JMSXGroupSeq")).isEqualTo(3);
        assertThat(message.getLongProperty("JMSXRcvTimestamp")).isEqualTo(17L);
    }

    @Test
    void propertyNamesListPropertiesButNoHeaderFields() throws JMSException {
        message.setJMSType("t");
        message.setJMSCorrelationID("c");
        message.setIntProperty("a", 1);
        message.setStringProperty("b", "2");

        List<String> names = Collections.list(message.getPropertyNames());
        message.setIntProperty("c", 3);

        assertThat(names).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void propertiesOfAReceivedMessageAreReadOnlyUntilCleared() throws JMSException {
        message.setIntProperty("kept", 1);
        message.makeReadOnly();

        assertThatThrownBy(() -> message.setBooleanProperty("p", true)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setByteProperty("p", (byte) 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setShortProperty("p", (short) 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setIntProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setLongProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setFloatProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setDoubleProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setStringProperty("p", "x")).isInstanceOf(MessageNotWriteableException.class);
        assertThatThrownBy(() -> message.setObjectProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThat(message.getIntProperty("kept")).isEqualTo(1);

        message.clearProperties();

        assertThat(message.propertyExists("kept")).isFalse();
        assertThat(message.getPropertyNames().hasMoreElements()).isFalse();
        message.setIntProperty("p", 2);
        assertThat(message.getIntProperty("p")).isEqualTo(2);
    }

    @Test
    void headerFieldsStayWritableOnAReceivedMessage() throws JMSException {
        message.makeReadOnly();

        message.setJMSCorrelationID("reply");
        message.setJMSType("type");

        assertThat(message.getJMSCorrelationID()).isEqualTo("reply");
        assertThat(message.getJMSType()).isEqualTo("type");
    }

    @Test
    void theProviderMaySetPropertiesOfAReceivedMessage() throws JMSException {
        message.makeReadOnly();

        message.setProviderProperty(JmsxProperties.USER_ID, "bob");
        message.setDeliveryCount(1);

        assertThat(message.getStringProperty("JMSXUserID")).isEqualTo("bob");
        assertThat(message.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        assertThat(message.getJMSRedelivered()).isFalse();
        assertThatThrownBy(() -> message.setProviderProperty("x", new Object())).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void aDeliveryCountAboveOneMarksTheMessageRedelivered() {
        message.setDeliveryCount(3);

        assertThat(message.getJMSRedelivered()).isTrue();
        assertThat(message.getObjectProperty("JMSXDeliveryCount")).isEqualTo(3);
    }

    @Test
    void clearingPropertiesKeepsTheBody() throws JMSException {
        SluiceTextMessage text = new SluiceTextMessage("body");
        text.setIntProperty("p", 1);

        text.clearProperties();

        assertThat(text.getText()).isEqualTo("body");
    }
}
