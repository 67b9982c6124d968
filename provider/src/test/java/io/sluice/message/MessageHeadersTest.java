package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageHeadersTest {
    private final SluiceMessage message = new SluiceMessage();

    @Test
    void aNewMessageHasTheDefaultHeaderValues() {
        assertThat(message.getJMSMessageID()).isNull();
        assertThat(message.getJMSTimestamp()).isZero();
        assertThat(message.getJMSCorrelationID()).isNull();
        assertThat(message.getJMSCorrelationIDAsBytes()).isNull();
        assertThat(message.getJMSReplyTo()).isNull();
        assertThat(message.getJMSDestination()).isNull();
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(message.getJMSRedelivered()).isFalse();
        assertThat(message.getJMSType()).isNull();
        assertThat(message.getJMSExpiration()).isZero();
        assertThat(message.getJMSDeliveryTime()).isZero();
        assertThat(message.getJMSPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
    }

    @Test
    void everyHeaderFieldKeepsWhatWasSet() throws JMSException {
        SluiceQueue replyTo = new SluiceQueue("replies");
        SluiceTopic destination = new SluiceTopic("prices");

        message.setJMSMessageID("ID:1");
        message.setJMSTimestamp(1000);
        message.setJMSCorrelationID("corr");
        message.setJMSReplyTo(replyTo);
        message.setJMSDestination(destination);
        message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        message.setJMSRedelivered(true);
        message.setJMSType("order");
        message.setJMSExpiration(2000);
        message.setJMSDeliveryTime(1500);
        message.setJMSPriority(9);

        assertThat(message.getJMSMessageID()).isEqualTo("ID:1");
        assertThat(message.getJMSTimestamp()).isEqualTo(1000);
        assertThat(message.getJMSCorrelationID()).isEqualTo("corr");
        assertThat(message.getJMSReplyTo()).isSameAs(replyTo);
        assertThat(message.getJMSDestination()).isSameAs(destination);
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(message.getJMSRedelivered()).isTrue();
        assertThat(message.getJMSType()).isEqualTo("order");
        assertThat(message.getJMSExpiration()).isEqualTo(2000);
        assertThat(message.getJMSDeliveryTime()).isEqualTo(1500);
        assertThat(message.getJMSPriority()).isEqualTo(9);
    }

    @Test
    void anInvalidDeliveryModeIsRefused() {
        assertThatThrownBy(() -> message.setJMSDeliveryMode(0)).isInstanceOf(JMSException.class)
                .hasMessageContaining("delivery mode 0");
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    }

    @Test
    void correlationIdBytesAreCopiedInAndOut() {
        byte[] id = {1, 2, 3};

        message.setJMSCorrelationIDAsBytes(id);
        id[0] = 9;
        byte[] read = message.getJMSCorrelationIDAsBytes();
        read[1] = 9;

        assertThat(message.getJMSCorrelationIDAsBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void theTwoFormsOfTheCorrelationIdConvertThroughUtf8() {
        message.setJMSCorrelationID("ré");
        assertThat(message.getJMSCorrelationIDAsBytes()).isEqualTo("ré".getBytes(StandardCharsets.UTF_8));

        message.setJMSCorrelationIDAsBytes("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(message.getJMSCorrelationID()).isEqualTo("abc");

        message.setJMSCorrelationIDAsBytes(null);
        assertThat(message.getJMSCorrelationID()).isNull();
    }

    @Test
    void acknowledgeDelegatesToTheInstalledCallback() throws JMSException {
        message.acknowledge();   // no callback: nothing happens

        AtomicReference<SluiceMessage> acknowledged = new AtomicReference<>();
        message.setAcknowledgeCallback(acknowledged::set);
        message.acknowledge();

        assertThat(acknowledged).hasValue(message);
    }

    @Test
    void acknowledgeReportsTheCallbacksFailure() {
        message.setAcknowledgeCallback(m -> {
            throw new jakarta.jms.IllegalStateException("session closed");
        });

        assertThatThrownBy(message::acknowledge).isInstanceOf(jakarta.jms.IllegalStateException.class)
                .hasMessage("session closed");
    }

    @Test
    void thePropertyViewShowsHeaderFieldsAsSelectorsSeeThem() throws JMSException {
        PropertyView view = message.propertyView();
        assertThat(view.get("JMSDeliveryMode")).isEqualTo("PERSISTENT");
        assertThat(view.get("JMSPriority")).isEqualTo(4);
        assertThat(view.get("JMSMessageID")).isNull();
        assertThat(view.get("JMSCorrelationID")).isNull();
        assertThat(view.get("JMSType")).isNull();
        assertThat(view.get("JMSTimestamp")).isEqualTo(0L);

        message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        message.setJMSPriority(7);
        message.setJMSMessageID("ID:9");
        message.setJMSTimestamp(42);
        message.setJMSCorrelationIDAsBytes(new byte[] {'c'});
        message.setJMSType("car");
        message.setJMSExpiration(5);
        message.setDoubleProperty("weight", 2.5);

        assertThat(view.get("JMSDeliveryMode")).isEqualTo("NON_PERSISTENT");
        assertThat(view.get("JMSPriority")).isEqualTo(7);
        assertThat(view.get("JMSMessageID")).isEqualTo("ID:9");
        assertThat(view.get("JMSTimestamp")).isEqualTo(42L);
        assertThat(view.get("JMSCorrelationID")).isEqualTo("c");
        assertThat(view.get("JMSType")).isEqualTo("car");
        assertThat(view.get("weight")).isEqualTo(2.5);
        assertThat(view.get("JMSExpiration")).as("not a header a selector may reference").isNull();
        assertThat(view.get("color")).isNull();
    }
}
