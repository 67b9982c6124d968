package io.sluice.tck.simplified;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 7.9 and the JMSProducer: method chaining, message properties and headers set on the producer. */
class JMSProducerTest extends JmsTestSupport {

    @Test
    void chainedOptionsAndPropertiesApplyToTheSentMessage() throws Exception {
        JMSContext context = context();
        Queue queue = queue(context);
        Queue replyTo = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setPriority(8)
                .setTimeToLive(60_000)
                .setJMSCorrelationID("c")
                .setJMSType("t")
                .setJMSReplyTo(replyTo)
                .setProperty("s", "v")
                .setProperty("i", 3)
                .send(queue, "x");
        Message received = receive(consumer);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSPriority()).isEqualTo(8);
        assertThat(received.getJMSExpiration()).isPositive();
        assertThat(received.getJMSCorrelationID()).isEqualTo("c");
        assertThat(received.getJMSType()).isEqualTo("t");
        assertThat(received.getJMSReplyTo()).isEqualTo(replyTo);
        assertThat(received.getStringProperty("s")).isEqualTo("v");
        assertThat(received.getIntProperty("i")).isEqualTo(3);
    }

    @Test
    void producerPropertiesConvertLikeMessageProperties() {
        JMSProducer producer = context().createProducer().setProperty("i", 5).setProperty("s", "7");
        assertThat(producer.getLongProperty("i")).isEqualTo(5L);
        assertThat(producer.getStringProperty("i")).isEqualTo("5");
        assertThat(producer.getIntProperty("s")).isEqualTo(7);
        assertThat(producer.propertyExists("absent")).isFalse();
        assertThat(producer.getPropertyNames()).containsExactlyInAnyOrder("i", "s");
        assertThatThrownBy(() -> producer.getBooleanProperty("i")).isInstanceOf(MessageFormatRuntimeException.class);
        producer.clearProperties();
        assertThat(producer.getPropertyNames()).isEmpty();
    }

    @Test
    void invalidPropertyNameIsRejected() {
        JMSProducer producer = context().createProducer();
        assertThatThrownBy(() -> producer.setProperty("", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> producer.setProperty("o", new Object()))
                .isInstanceOf(MessageFormatRuntimeException.class);
    }

    @Test
    void everyBodyTypeCanBeSentDirectly() {
        JMSContext context = context();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        JMSProducer producer = context.createProducer();
        producer.send(queue, "text").send(queue, Map.of("k", "v")).send(queue, new byte[] {1})
                .send(queue, (Serializable) List.of(1, 2));
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("text");
        assertThat(consumer.receiveBody(Map.class, RECEIVE_TIMEOUT)).containsEntry("k", "v");
        assertThat(consumer.receiveBody(byte[].class, RECEIVE_TIMEOUT)).containsExactly(1);
        assertThat(consumer.receiveBody(List.class, RECEIVE_TIMEOUT)).containsExactly(1, 2);
    }

    @Test
    void sendingANullBodySendsAMessageWithoutBody() {
        JMSContext context = context();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, (String) null);
        Message received = receive(consumer);
        assertThat(received).isInstanceOf(TextMessage.class);
    }

    @Test
    void sendingToANullDestinationIsRejected() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.createProducer().send(null, "x"))
                .isInstanceOf(InvalidDestinationRuntimeException.class);
    }

    @Test
    void deliveryDelayIsHonoured() {
        JMSContext context = context();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        JMSProducer producer = context.createProducer().setDeliveryDelay(1_500);
        assertThat(producer.getDeliveryDelay()).isEqualTo(1_500);
        producer.send(queue, "later");
        assertNoMessage(consumer);
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("later");
    }

    @Test
    void asyncSendCallsTheCompletionListener() throws Exception {
        JMSContext context = context();
        Queue queue = queue(context);
        CompletableFuture<Message> completed = new CompletableFuture<>();
        JMSProducer producer = context.createProducer().setAsync(new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                completed.complete(message);
            }

            @Override
            public void onException(Message message, Exception exception) {
                completed.completeExceptionally(exception);
            }
        });
        assertThat(producer.getAsync()).isNotNull();
        producer.send(queue, "async");
        assertThat(completed.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS).getBody(String.class)).isEqualTo("async");
        assertThat(context.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("async");
    }

    @Test
    void disableMessageIdAndTimestampAreHints() {
        JMSProducer producer = context().createProducer().setDisableMessageID(true).setDisableMessageTimestamp(true);
        assertThat(producer.getDisableMessageID()).isTrue();
        assertThat(producer.getDisableMessageTimestamp()).isTrue();
    }
}
