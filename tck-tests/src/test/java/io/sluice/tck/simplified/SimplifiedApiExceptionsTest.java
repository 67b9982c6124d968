package io.sluice.tck.simplified;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 10.2 for the simplified API: the unchecked counterparts of the standard exceptions. */
class SimplifiedApiExceptionsTest extends JmsTestSupport {

    @Test
    void clientIdCannotBeSetOnceTheContextIsUsed() {
        JMSContext context = context();
        context.createProducer().send(queue(context), "x");
        assertThatThrownBy(() -> context.setClientID(uniqueName("client")))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void durableConsumerWithoutClientIdIsIllegal() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.createDurableConsumer(topic(context), "s"))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void nullDestinationIsInvalid() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.createConsumer(null)).isInstanceOf(InvalidDestinationRuntimeException.class);
        assertThatThrownBy(() -> context.createBrowser(null)).isInstanceOf(InvalidDestinationRuntimeException.class);
    }

    @Test
    void invalidSelectorOnABrowserIsRejected() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.createBrowser(queue(context), "a = "))
                .isInstanceOf(InvalidSelectorRuntimeException.class);
    }

    @Test
    void invalidSessionModeIsRejected() {
        assertThatThrownBy(() -> factory().createContext(42)).isInstanceOf(JMSRuntimeException.class);
        JMSContext context = context();
        assertThatThrownBy(() -> context.createContext(42)).isInstanceOf(JMSRuntimeException.class);
    }

    @Test
    void closedConsumerRefusesReceive() {
        JMSContext context = context();
        JMSConsumer consumer = context.createConsumer(queue(context));
        consumer.close();
        assertThatThrownBy(() -> consumer.receive(10)).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(() -> consumer.receiveBody(String.class, 10))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void closedContextRefusesAcknowledgeAndCreateContext() {
        JMSContext context = context(JMSContext.CLIENT_ACKNOWLEDGE);
        context.close();
        assertThatThrownBy(context::acknowledge).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(() -> context.createContext(JMSContext.AUTO_ACKNOWLEDGE))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void unsubscribingAnUnknownSubscriptionIsAnInvalidDestination() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.unsubscribe(uniqueName("none")))
                .isInstanceOf(InvalidDestinationRuntimeException.class);
    }

    @Test
    void consumerReportsItsSelectorAndListener() {
        JMSContext context = context();
        Queue queue = queue(context);
        JMSConsumer consumer = context.createConsumer(queue, "a = 1");
        assertThat(consumer.getMessageSelector()).isEqualTo("a = 1");
        assertThat(consumer.getMessageListener()).isNull();
        MessageListener listener = m -> { };
        consumer.setMessageListener(listener);
        assertThat(consumer.getMessageListener()).isSameAs(listener);
    }

    @Test
    void metaDataIsAvailableThroughTheContext() throws Exception {
        assertThat(context().getMetaData().getJMSMajorVersion()).isEqualTo(3);
    }
}
