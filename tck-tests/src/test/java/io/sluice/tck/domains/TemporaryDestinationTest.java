package io.sluice.tck.domains;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.Queue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 4.1.6 / 4.2.10: temporary destinations live as long as their connection and only it may consume. */
class TemporaryDestinationTest extends JmsTestSupport {

    @Test
    void temporaryQueueCarriesARequestReply() throws Exception {
        Session session = session();
        TemporaryQueue replies = session.createTemporaryQueue();
        var requests = queue(session);
        MessageConsumer server = session().createConsumer(requests);
        Message request = session.createTextMessage("ping");
        request.setJMSReplyTo(replies);
        session.createProducer(requests).send(request);

        Session serverSession = session();
        Message received = receive(server);
        Message reply = serverSession.createTextMessage("pong");
        reply.setJMSCorrelationID(received.getJMSMessageID());
        serverSession.createProducer(received.getJMSReplyTo()).send(reply);

        Message answer = receive(session.createConsumer(replies));
        assertThat(text(answer)).isEqualTo("pong");
        assertThat(answer.getJMSCorrelationID()).isEqualTo(request.getJMSMessageID());
    }

    @Test
    void temporaryTopicDeliversToItsSubscribers() throws Exception {
        Session session = session();
        TemporaryTopic topic = session.createTemporaryTopic();
        MessageConsumer consumer = session.createConsumer(topic);
        session.createProducer(topic).send(session.createTextMessage("t"));
        assertThat(text(receive(consumer))).isEqualTo("t");
    }

    @Test
    void temporaryQueuesHaveDistinctNames() throws Exception {
        Session session = session();
        assertThat(session.createTemporaryQueue().getQueueName())
                .isNotEqualTo(session.createTemporaryQueue().getQueueName());
    }

    @Test
    void onlyTheCreatingConnectionMayConsumeFromATemporaryQueue() throws Exception {
        TemporaryQueue queue = session().createTemporaryQueue();
        Session other = session();
        assertThatThrownBy(() -> other.createConsumer(queue)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void onlyTheCreatingConnectionMayConsumeFromATemporaryTopic() throws Exception {
        TemporaryTopic topic = session().createTemporaryTopic();
        Session other = session();
        assertThatThrownBy(() -> other.createConsumer(topic)).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void deletingATemporaryQueueWithAConsumerFails() throws Exception {
        Session session = session();
        TemporaryQueue queue = session.createTemporaryQueue();
        MessageConsumer consumer = session.createConsumer(queue);
        assertThatThrownBy(queue::delete).isInstanceOf(JMSException.class);
        consumer.close();
        queue.delete();
    }

    @Test
    void sendingToADeletedTemporaryQueueFails() throws Exception {
        Session session = session();
        TemporaryQueue queue = session.createTemporaryQueue();
        queue.delete();
        assertThatThrownBy(() -> session.createProducer(queue).send(session.createTextMessage("x")))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void temporaryQueueIsGoneOnceItsConnectionCloses() throws Exception {
        Connection owner = connection();
        TemporaryQueue queue = owner.createSession().createTemporaryQueue();
        owner.close();
        Session session = session();
        assertThatThrownBy(() -> session.createProducer(queue).send(session.createTextMessage("x")))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void durableSubscriptionOnTemporaryTopicIsRejected() throws Exception {
        Connection connection = stoppedConnection();
        connection.setClientID(uniqueName("client"));
        Session session = connection.createSession();
        TemporaryTopic topic = session.createTemporaryTopic();
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "sub"))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void replyToTemporaryQueueIsReceivedAsATemporaryQueue() throws Exception {
        Session session = session();
        Queue requests = queue(session);
        Message request = session.createTextMessage("ping");
        request.setJMSReplyTo(session.createTemporaryQueue());
        session.createProducer(requests).send(request);
        Message received = receive(session().createConsumer(requests));
        assertThat(received.getJMSReplyTo()).isInstanceOf(TemporaryQueue.class);
    }

    @Test
    void deletingATemporaryTopicWithASubscriberFails() throws Exception {
        Session session = session();
        TemporaryTopic topic = session.createTemporaryTopic();
        MessageConsumer consumer = session.createConsumer(topic);
        assertThatThrownBy(topic::delete).isInstanceOf(JMSException.class);
        consumer.close();
        topic.delete();
    }

    @Test
    void anotherSessionOfTheSameConnectionMayConsume() throws Exception {
        Connection connection = connection();
        TemporaryQueue queue = connection.createSession().createTemporaryQueue();
        Session other = connection.createSession();
        MessageConsumer consumer = other.createConsumer(queue);
        other.createProducer(queue).send(other.createTextMessage("same connection"));
        assertThat(text(receive(consumer))).isEqualTo("same connection");
    }
}
