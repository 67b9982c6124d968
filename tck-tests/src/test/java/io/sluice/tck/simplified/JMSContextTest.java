package io.sluice.tck.simplified;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 2.8 / 6: the simplified API's JMSContext: sessions, transactions, client IDs and shared connections. */
class JMSContextTest extends JmsTestSupport {

    @Test
    void contextStartsItsConnectionWhenAConsumerIsCreated() {
        JMSContext context = context();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "x");
        assertThat(receive(consumer)).isNotNull();
    }

    @Test
    void autoStartCanBeDisabled() {
        JMSContext context = context();
        context.setAutoStart(false);
        assertThat(context.getAutoStart()).isFalse();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "x");
        assertNoMessage(consumer);
        context.start();
        receive(consumer);
    }

    @Test
    void contextReportsItsSessionMode() {
        assertThat(context().getSessionMode()).isEqualTo(JMSContext.AUTO_ACKNOWLEDGE);
        assertThat(context(JMSContext.SESSION_TRANSACTED).getTransacted()).isTrue();
        assertThat(context(JMSContext.CLIENT_ACKNOWLEDGE).getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
    }

    @Test
    void createContextFromAContextSharesTheConnection() {
        JMSContext first = context();
        first.setClientID(uniqueName("client"));
        JMSContext second = closeLater(first.createContext(JMSContext.AUTO_ACKNOWLEDGE));
        assertThat(second.getClientID()).isEqualTo(first.getClientID());
        Queue queue = queue(first);
        JMSConsumer consumer = second.createConsumer(queue);
        first.createProducer().send(queue, "shared");
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("shared");
    }

    @Test
    void transactedContextCommitsAndRollsBack() {
        JMSContext transacted = context(JMSContext.SESSION_TRANSACTED);
        JMSContext plain = context();
        Queue queue = queue(plain);
        JMSConsumer consumer = plain.createConsumer(queue);
        transacted.createProducer().send(queue, "discarded");
        transacted.rollback();
        transacted.createProducer().send(queue, "kept");
        assertNoMessage(consumer);
        transacted.commit();
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("kept");
        assertNoMessage(consumer);
    }

    @Test
    void rolledBackReceiveInATransactedContextIsRedelivered() throws Exception {
        JMSContext plain = context();
        Queue queue = queue(plain);
        plain.createProducer().send(queue, "x");
        JMSContext transacted = context(JMSContext.SESSION_TRANSACTED);
        JMSConsumer consumer = transacted.createConsumer(queue);
        receive(consumer);
        transacted.rollback();
        Message again = receive(consumer);
        assertThat(again.getJMSRedelivered()).isTrue();
        transacted.commit();
    }

    @Test
    void clientAcknowledgeContextAcknowledgesThroughTheContext() {
        JMSContext context = context(JMSContext.CLIENT_ACKNOWLEDGE);
        Queue queue = queue(context);
        context.createProducer().send(queue, "a");
        JMSConsumer consumer = context.createConsumer(queue);
        receive(consumer);
        context.acknowledge();
        context.close();
        assertNoMessage(context().createConsumer(queue));
    }

    @Test
    void recoverRedeliversInAClientAcknowledgeContext() throws Exception {
        JMSContext context = context(JMSContext.CLIENT_ACKNOWLEDGE);
        Queue queue = queue(context);
        context.createProducer().send(queue, "a");
        JMSConsumer consumer = context.createConsumer(queue);
        receive(consumer);
        context.recover();
        assertThat(receive(consumer).getJMSRedelivered()).isTrue();
    }

    @Test
    void commitOnANonTransactedContextThrows() {
        JMSContext context = context();
        assertThatThrownBy(context::commit).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(context::rollback).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void duplicateClientIdThrowsTheRuntimeException() {
        String id = uniqueName("client");
        context().setClientID(id);
        JMSContext second = context();
        assertThatThrownBy(() -> second.setClientID(id)).isInstanceOf(InvalidClientIDRuntimeException.class);
    }

    @Test
    void closedContextRefusesUse() {
        JMSContext context = context();
        context.close();
        context.close();
        assertThatThrownBy(context::createTextMessage).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(() -> context.createConsumer(context.createQueue("q")))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void durableConsumerThroughTheContext() {
        JMSContext context = context();
        context.setClientID(uniqueName("client"));
        Topic topic = topic(context);
        String name = uniqueName("sub");
        context.createDurableConsumer(topic, name).close();
        context.createProducer().send(topic, "kept");
        JMSConsumer consumer = context.createDurableConsumer(topic, name);
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("kept");
        consumer.close();
        context.unsubscribe(name);
    }

    @Test
    void sharedDurableConsumerThroughTheContext() {
        JMSContext context = context();
        Topic topic = topic(context);
        String name = uniqueName("shared");
        JMSConsumer consumer = context.createSharedDurableConsumer(topic, name);
        context.createProducer().send(topic, "x");
        receive(consumer);
        consumer.close();
        context.unsubscribe(name);
    }

    @Test
    void browserThroughTheContext() throws Exception {
        JMSContext context = context();
        Queue queue = queue(context);
        context.createProducer().send(queue, "browsed");
        assertThat(context.createBrowser(queue).getEnumeration().hasMoreElements()).isTrue();
    }

    @Test
    void temporaryQueueThroughTheContext() {
        JMSContext context = context();
        Queue queue = context.createTemporaryQueue();
        JMSConsumer consumer = context.createConsumer(queue);
        context.createProducer().send(queue, "tmp");
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("tmp");
    }

    @Test
    void listenerThroughTheContext() throws Exception {
        JMSContext context = context();
        Queue queue = queue(context);
        var received = new CompletableFuture<Message>();
        context.createConsumer(queue).setMessageListener(received::complete);
        context.createProducer().send(queue, "async");
        Message message = received.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
        assertThat(message.getBody(String.class)).isEqualTo("async");
    }

    @Test
    void sharedConnectionStaysOpenWhileAnotherContextUsesIt() {
        JMSContext first = context();
        JMSContext second = closeLater(first.createContext(JMSContext.AUTO_ACKNOWLEDGE));
        first.close();
        Queue queue = queue(second);
        JMSConsumer consumer = second.createConsumer(queue);
        second.createProducer().send(queue, "still open");
        assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("still open");
    }
}
