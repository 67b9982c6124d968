package io.sluice.client;

import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.sluice.client.Brokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JMSContextTest {

    @TempDir
    Path dataDir;

    @Test
    void sendsBodiesAndReceivesThemWithAutoStart() {
        try (JMSContext context = Brokers.factory(dataDir).createContext()) {
            Queue queue = context.createQueue("simple");
            JMSConsumer consumer = context.createConsumer(queue);
            JMSProducer producer = context.createProducer();
            producer.send(queue, "text");
            producer.send(queue, Map.of("k", 1));
            producer.send(queue, new byte[] {1, 2, 3});
            producer.send(queue, 42L);
            assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("text");
            assertThat(consumer.receiveBody(Map.class, RECEIVE_TIMEOUT)).containsEntry("k", 1);
            assertThat(consumer.receiveBody(byte[].class, RECEIVE_TIMEOUT)).containsExactly(1, 2, 3);
            assertThat(consumer.receiveBody(Long.class, RECEIVE_TIMEOUT)).isEqualTo(42L);
        }
    }

    @Test
    void producerPropertiesAndHeadersAreStampedOnEveryMessage() throws Exception {
        try (JMSContext context = Brokers.factory(dataDir).createContext()) {
            Queue queue = context.createQueue("stamped");
            JMSProducer producer = context.createProducer().setProperty("region", "eu").setProperty("n", 7)
                    .setJMSCorrelationID("c-1").setJMSType("t").setPriority(8);
            assertThat(producer.getIntProperty("n")).isEqualTo(7);
            assertThat(producer.getStringProperty("n")).isEqualTo("7");
            assertThat(producer.getPropertyNames()).containsExactlyInAnyOrder("region", "n");
            producer.send(queue, "body");
            Message received = context.createConsumer(queue).receive(RECEIVE_TIMEOUT);
            assertThat(received.getStringProperty("region")).isEqualTo("eu");
            assertThat(received.getIntProperty("n")).isEqualTo(7);
            assertThat(received.getJMSCorrelationID()).isEqualTo("c-1");
            assertThat(received.getJMSType()).isEqualTo("t");
            assertThat(received.getJMSPriority()).isEqualTo(8);
        }
    }

    @Test
    void receiveBodyOfTheWrongTypeLeavesTheMessageForTheNextReceive() {
        try (JMSContext context = Brokers.factory(dataDir).createContext()) {
            Queue queue = context.createQueue("typed");
            context.createProducer().send(queue, "a string");
            JMSConsumer consumer = context.createConsumer(queue);
            assertThatThrownBy(() -> consumer.receiveBody(Integer.class, RECEIVE_TIMEOUT))
                    .isInstanceOf(MessageFormatRuntimeException.class);
            Message again = consumer.receive(RECEIVE_TIMEOUT);
            assertThat(again).isNotNull();
            assertThat(again.getBody(String.class)).isEqualTo("a string");
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void contextsCreatedFromAContextShareItsConnectionUntilTheLastCloses() {
        JMSContext first = Brokers.factory(dataDir).createContext();
        Queue queue = first.createQueue("shared");
        JMSContext second = first.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
        assertThat(second.getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
        first.close();
        second.createProducer().send(queue, "still connected");
        Message message = second.createConsumer(queue).receive(RECEIVE_TIMEOUT);
        assertThat(message).isNotNull();
        second.acknowledge();
        second.close();
        assertThatThrownBy(() -> second.createProducer()).isInstanceOf(IllegalStateRuntimeException.class);
        assertThatThrownBy(() -> first.createContext(JMSContext.AUTO_ACKNOWLEDGE))
                .isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void withoutAutoStartNothingIsDeliveredUntilStart() {
        try (JMSContext context = Brokers.factory(dataDir).createContext()) {
            context.setAutoStart(false);
            Queue queue = context.createQueue("manual");
            JMSConsumer consumer = context.createConsumer(queue);
            context.createProducer().send(queue, "x");
            assertThat(consumer.receive(300)).isNull();
            context.start();
            assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("x");
        }
    }

    @Test
    void transactedContextsCommitAndRollBack() {
        try (JMSContext context = Brokers.factory(dataDir).createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = context.createQueue("tx");
            context.createProducer().send(queue, "rolled back");
            context.rollback();
            context.createProducer().send(queue, "committed");
            context.commit();
            JMSConsumer consumer = context.createConsumer(queue);
            assertThat(consumer.receiveBody(String.class, RECEIVE_TIMEOUT)).isEqualTo("committed");
            context.commit();
            assertThat(context.getTransacted()).isTrue();
        }
    }

    @Test
    void errorsAreTheUncheckedTwinsOfTheClassicOnes() {
        SluiceConnectionFactory factory = Brokers.factory(dataDir);
        try (JMSContext context = factory.createContext()) {
            context.setClientID("ctx-1");
            assertThatThrownBy(() -> context.createProducer().send(null, "x"))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
            try (JMSContext other = factory.createContext()) {
                assertThatThrownBy(() -> other.setClientID("ctx-1")).isInstanceOf(InvalidClientIDRuntimeException.class);
            }
            assertThatThrownBy(() -> context.createProducer().setPriority(11)).isInstanceOf(JMSRuntimeException.class);
        }
        assertThatThrownBy(() -> factory.createContext(42)).isInstanceOf(JMSRuntimeException.class);
    }
}
