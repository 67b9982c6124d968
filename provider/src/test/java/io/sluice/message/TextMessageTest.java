package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;

import java.io.Serializable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextMessageTest {
    private final SluiceTextMessage message = new SluiceTextMessage();

    @Test
    void theTextIsNullUntilSet() throws JMSException {
        assertThat(message.getText()).isNull();
        message.setText("hello");
        assertThat(message.getText()).isEqualTo("hello");
        assertThat(new SluiceTextMessage("given").getText()).isEqualTo("given");
    }

    @Test
    void aReceivedMessageIsReadOnlyUntilClearBody() throws JMSException {
        message.setText("received");
        message.makeReadOnly();

        assertThatThrownBy(() -> message.setText("changed")).isInstanceOf(MessageNotWriteableException.class);
        assertThat(message.getText()).isEqualTo("received");

        message.clearBody();

        assertThat(message.getText()).isNull();
        message.setText("again");
        assertThat(message.getText()).isEqualTo("again");
    }

    @Test
    void getBodyAcceptsTypesAStringIsAssignableTo() throws JMSException {
        message.setText("t");

        assertThat(message.getBody(String.class)).isEqualTo("t");
        assertThat(message.getBody(CharSequence.class)).isEqualTo("t");
        assertThat(message.getBody(Serializable.class)).isEqualTo("t");
        assertThat(message.isBodyAssignableTo(Object.class)).isTrue();
        assertThat(message.isBodyAssignableTo(Integer.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Integer.class)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void withoutTextAnyTypeGivesNull() throws JMSException {
        assertThat(message.getBody(Integer.class)).isNull();
        assertThat(message.isBodyAssignableTo(Integer.class)).isTrue();
    }

    @Test
    void aPlainMessageHasNoBody() throws JMSException {
        SluiceMessage plain = new SluiceMessage();

        assertThat(plain.getBody(String.class)).isNull();
        assertThat(plain.isBodyAssignableTo(Integer.class)).isTrue();
        plain.makeReadOnly();
        plain.clearBody();
        assertThat(plain.getBody(Object.class)).isNull();
    }
}
