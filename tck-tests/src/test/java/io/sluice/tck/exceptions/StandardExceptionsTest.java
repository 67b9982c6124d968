package io.sluice.tck.exceptions;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 10: the standard exceptions, checked and runtime, for closed objects and invalid arguments. */
class StandardExceptionsTest extends JmsTestSupport {

    private static void assertIllegalState(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedSessionRefusesEveryOperation() throws Exception {
        Session session = session();
        var queue = queue(session);
        session.close();
        session.close();
        assertIllegalState(() -> session.createTextMessage("x"));
        assertIllegalState(() -> session.createProducer(queue));
        assertIllegalState(() -> session.createConsumer(queue));
        assertIllegalState(() -> session.createBrowser(queue));
        assertIllegalState(session::getAcknowledgeMode);
        assertIllegalState(session::getTransacted);
        assertIllegalState(session::recover);
        assertIllegalState(session::createTemporaryQueue);
    }

    @Test
    void closedProducerRefusesSendAndGetters() throws Exception {
        Session session = session();
        MessageProducer producer = session.createProducer(queue(session));
        producer.close();
        producer.close();
        assertIllegalState(() -> producer.send(session.createTextMessage("x")));
        assertIllegalState(producer::getDestination);
        assertIllegalState(producer::getDeliveryMode);
        assertIllegalState(() -> producer.setPriority(1));
    }

    @Test
    void closedBrowserRefusesEnumeration() throws Exception {
        Session session = session();
        QueueBrowser browser = session.createBrowser(queue(session));
        browser.close();
        assertIllegalState(browser::getEnumeration);
    }

    @Test
    void closedTransactedSessionRefusesCommitAndRollback() throws Exception {
        Session session = session(Session.SESSION_TRANSACTED);
        session.close();
        assertIllegalState(session::commit);
        assertIllegalState(session::rollback);
    }

    @Test
    void nullDestinationIsInvalid() throws Exception {
        Session session = session();
        assertThatThrownBy(() -> session.createConsumer(null)).isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createBrowser(null)).isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createDurableSubscriber(null, "s"))
                .isInstanceOf(InvalidDestinationException.class);
        assertThatThrownBy(() -> session.createSharedConsumer(null, "s"))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void durableSubscriptionWithoutClientIdIsIllegal() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "s"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unsubscribingAnUnknownSubscriptionIsAnInvalidDestination() throws Exception {
        Session session = session();
        assertThatThrownBy(() -> session.unsubscribe(uniqueName("none")))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void unsubscribingWhileAConsumerIsActiveIsIllegal() throws Exception {
        var connection = stoppedConnection();
        connection.setClientID(uniqueName("client"));
        Session session = connection.createSession();
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic(session), name);
        assertThatThrownBy(() -> session.unsubscribe(name)).isInstanceOf(JMSException.class);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void secondConsumerOnAnActiveUnsharedDurableSubscriptionIsIllegal() throws Exception {
        var connection = stoppedConnection();
        connection.setClientID(uniqueName("client"));
        Session session = connection.createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        assertThatThrownBy(() -> session.createDurableConsumer(topic, name)).isInstanceOf(JMSException.class);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void invalidSelectorThroughTheContextIsARuntimeException() {
        JMSContext context = context();
        assertThatThrownBy(() -> context.createConsumer(queue(context), "a ="))
                .isInstanceOf(InvalidSelectorRuntimeException.class);
    }

    @Test
    void unsubscribingWhileAConsumedMessageIsUnacknowledgedIsIllegal() throws Exception {
        var connection = stoppedConnection();
        connection.setClientID(uniqueName("client"));
        connection.start();
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        session.createProducer(topic).send(session.createTextMessage("x"));
        Message message = receive(consumer);
        consumer.close();
        assertThatThrownBy(() -> session.unsubscribe(name)).isInstanceOf(JMSException.class);
        message.acknowledge();
        session.unsubscribe(name);
    }
}
