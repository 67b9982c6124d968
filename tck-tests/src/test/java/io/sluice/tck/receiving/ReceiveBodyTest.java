package io.sluice.tck.receiving;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.Queue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 8.6: JMSConsumer.receiveBody returns the body directly. */
class ReceiveBodyTest extends JmsTestSupport {

    @Test
    void receiveBodyReturnsTheTextOfATextMessage() {
        JMSContext context = context();
        Queue queue = queue(context);
        context.createProducer().send(queue, "body");
        assertThat(context.createConsumer(queue).receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("body");
    }

    @Test
    void receiveBodyReturnsMapsAndBytes() {
        JMSContext context = context();
        Queue queue = queue(context);
        context.createProducer().send(queue, Map.of("k", 1)).send(queue, new byte[] {4, 5});
        JMSConsumer consumer = context.createConsumer(queue);
        assertThat(consumer.receiveBody(Map.class, RECEIVE_TIMEOUT)).containsEntry("k", 1);
        assertThat(consumer.receiveBody(byte[].class, RECEIVE_TIMEOUT)).containsExactly(4, 5);
    }

    @Test
    void receiveBodyNoWaitReturnsNullOnAnEmptyQueue() {
        JMSContext context = context();
        assertThat(context.createConsumer(queue(context)).receiveBodyNoWait(String.class)).isNull();
    }

    @Test
    void receiveBodyWithWrongTypeThrowsAndLeavesTheMessageForTheNextReceive() {
        JMSContext context = context(JMSContext.AUTO_ACKNOWLEDGE);
        Queue queue = queue(context);
        context.createProducer().send(queue, "text");
        JMSConsumer consumer = context.createConsumer(queue);
        assertThatThrownBy(() -> consumer.receiveBody(Integer.class, RECEIVE_TIMEOUT))
                .isInstanceOf(MessageFormatRuntimeException.class);
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("text");
    }
}
