package io.sluice.tck.domains;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.IllegalStateException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.QueueReceiver;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;
import jakarta.jms.TopicPublisher;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 2.10: the legacy domain-specific interfaces, and the methods they must refuse. */
class DomainSpecificApiTest extends JmsTestSupport {

    private QueueSession queueSession() throws Exception {
        QueueConnection connection = closeLater(((QueueConnectionFactory) factory()).createQueueConnection());
        connection.start();
        return connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    private TopicSession topicSession() throws Exception {
        TopicConnection connection = closeLater(((TopicConnectionFactory) factory()).createTopicConnection());
        connection.start();
        return connection.createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @Test
    void queueSenderAndReceiverExchangeAMessage() throws Exception {
        QueueSession session = queueSession();
        Queue queue = queue(session);
        QueueReceiver receiver = session.createReceiver(queue);
        QueueSender sender = session.createSender(queue);
        assertThat(sender.getQueue()).isEqualTo(queue);
        assertThat(receiver.getQueue()).isEqualTo(queue);
        sender.send(session.createTextMessage("p2p"));
        assertThat(text(receive(receiver))).isEqualTo("p2p");
    }

    @Test
    void topicPublisherAndSubscriberExchangeAMessage() throws Exception {
        TopicSession session = topicSession();
        Topic topic = topic(session);
        TopicSubscriber subscriber = session.createSubscriber(topic);
        TopicPublisher publisher = session.createPublisher(topic);
        assertThat(publisher.getTopic()).isEqualTo(topic);
        publisher.publish(session.createTextMessage("pubsub"));
        assertThat(text(receive(subscriber))).isEqualTo("pubsub");
    }

    @Test
    void queueSessionRefusesTopicOperations() throws Exception {
        QueueSession session = queueSession();
        assertThatThrownBy(() -> session.createTopic("t")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::createTemporaryTopic).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.unsubscribe("s")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void topicSessionRefusesQueueOperations() throws Exception {
        TopicSession session = topicSession();
        assertThatThrownBy(() -> session.createQueue("q")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::createTemporaryQueue).isInstanceOf(IllegalStateException.class);
        Queue queue = session().createQueue(uniqueName("q"));
        assertThatThrownBy(() -> session.createBrowser(queue)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void queueBrowserFromAQueueSession() throws Exception {
        QueueSession session = queueSession();
        Queue queue = queue(session);
        session.createSender(queue).send(session.createTextMessage("b"));
        assertThat(session.createBrowser(queue).getEnumeration().hasMoreElements()).isTrue();
    }
}
