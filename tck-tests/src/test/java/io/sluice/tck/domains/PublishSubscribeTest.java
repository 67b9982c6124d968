package io.sluice.tck.domains;

import io.sluice.tck.JmsTestSupport;
import io.sluice.tck.ProviderFixture;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;
import jakarta.jms.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 4.2: topics, non-durable, durable and shared subscriptions, noLocal. */
class PublishSubscribeTest extends JmsTestSupport {

    private Connection connectionWithClientId() throws Exception {
        Connection connection = stoppedConnection();
        connection.setClientID(uniqueName("client"));
        connection.start();
        return connection;
    }

    @Test
    void everySubscriberGetsEveryMessage() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        MessageConsumer a = session.createConsumer(topic);
        MessageConsumer b = session.createConsumer(topic);
        session.createProducer(topic).send(session.createTextMessage("all"));
        assertThat(text(receive(a))).isEqualTo("all");
        assertThat(text(receive(b))).isEqualTo("all");
    }

    @Test
    void nonDurableSubscriberMissesMessagesPublishedBeforeIt() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        MessageProducer producer = session.createProducer(topic);
        producer.send(session.createTextMessage("before"));
        MessageConsumer consumer = session.createConsumer(topic);
        producer.send(session.createTextMessage("after"));
        assertThat(text(receive(consumer))).isEqualTo("after");
        assertNoMessage(consumer);
    }

    @Test
    void durableSubscriptionKeepsMessagesWhileItsConsumerIsAway() throws Exception {
        Connection connection = connectionWithClientId();
        Session session = connection.createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        session.createDurableConsumer(topic, name).close();
        session.createProducer(topic).send(session.createTextMessage("kept"));
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        assertThat(text(receive(consumer))).isEqualTo("kept");
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void durableSubscriberReportsItsTopicAndNoLocal() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        TopicSubscriber subscriber = session.createDurableSubscriber(topic, name, null, true);
        assertThat(subscriber.getTopic()).isEqualTo(topic);
        assertThat(subscriber.getNoLocal()).isTrue();
        subscriber.close();
        session.unsubscribe(name);
    }

    @Test
    void unsubscribeDeletesTheDurableSubscription() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        session.createDurableConsumer(topic, name).close();
        session.unsubscribe(name);
        session.createProducer(topic).send(session.createTextMessage("lost"));
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        assertNoMessage(consumer);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void changingTheTopicOfADurableSubscriptionReplacesIt() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic first = topic(session);
        Topic second = topic(session);
        String name = uniqueName("sub");
        session.createDurableConsumer(first, name).close();
        session.createProducer(first).send(session.createTextMessage("old"));
        MessageConsumer consumer = session.createDurableConsumer(second, name);
        assertNoMessage(consumer);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void changingTheSelectorOfADurableSubscriptionReplacesIt() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        session.createDurableConsumer(topic, name, "a = 1", false).close();
        var message = session.createTextMessage("old");
        message.setIntProperty("a", 1);
        session.createProducer(topic).send(message);
        MessageConsumer consumer = session.createDurableConsumer(topic, name, "a = 2", false);
        assertNoMessage(consumer);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void durableSubscriptionsAreScopedByClientId() throws Exception {
        Session first = connectionWithClientId().createSession();
        Session second = connectionWithClientId().createSession();
        Topic topic = topic(first);
        String name = uniqueName("sub");
        MessageConsumer a = first.createDurableConsumer(topic, name);
        MessageConsumer b = second.createDurableConsumer(topic, name);
        first.createProducer(topic).send(first.createTextMessage("both"));
        receive(a);
        receive(b);
        a.close();
        b.close();
        first.unsubscribe(name);
        second.unsubscribe(name);
    }

    @Test
    void sharedNonDurableSubscriptionDeliversEachMessageToOneConsumer() throws Exception {
        Session first = session();
        Session second = session();
        Topic topic = topic(first);
        String name = uniqueName("shared");
        MessageConsumer a = first.createSharedConsumer(topic, name);
        MessageConsumer b = second.createSharedConsumer(topic, name);
        MessageConsumer other = first.createConsumer(topic);
        MessageProducer producer = first.createProducer(topic);
        for (int i = 0; i < 6; i++) {
            producer.send(first.createTextMessage("m" + i));
        }
        receiveFromCompetingConsumers(6, a, b);
        for (int i = 0; i < 6; i++) {
            receive(other);
        }
    }

    @Test
    void sharedDurableSubscriptionNeedsNoClientIdAndOutlivesItsConsumers() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        String name = uniqueName("shared");
        session.createSharedDurableConsumer(topic, name).close();
        session.createProducer(topic).send(session.createTextMessage("kept"));
        MessageConsumer consumer = session.createSharedDurableConsumer(topic, name);
        assertThat(text(receive(consumer))).isEqualTo("kept");
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void noLocalSubscriberIgnoresItsOwnConnectionsMessages() throws Exception {
        Connection connection = connectionWithClientId();
        Session session = connection.createSession();
        Topic topic = topic(session);
        MessageConsumer noLocal = session.createConsumer(topic, null, true);
        session.createProducer(topic).send(session.createTextMessage("local"));
        Session remote = session();
        remote.createProducer(topic).send(remote.createTextMessage("remote"));
        assertThat(text(receive(noLocal))).isEqualTo("remote");
        assertNoMessage(noLocal);
    }

    @Test
    void administeredClientIdIsReportedAndDurableSubscriptionsWork() throws Exception {
        Connection connection = closeLater(ProviderFixture.get().clientIdConnectionFactory().createConnection());
        assertThat(connection.getClientID()).isEqualTo(ProviderFixture.ADMINISTERED_CLIENT_ID);
        connection.start();
        Session session = connection.createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        session.createProducer(topic).send(session.createTextMessage("x"));
        receive(consumer);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void sharedConsumerWithAnotherSelectorOnAnActiveSubscriptionIsRejected() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        String name = uniqueName("shared");
        session.createSharedConsumer(topic, name, "a = 1");
        assertThatThrownBy(() -> session.createSharedConsumer(topic, name, "a = 2"))
                .isInstanceOf(JMSException.class);
    }

    @Test
    void sharedConsumerOnAnotherTopicOnAnActiveSubscriptionIsRejected() throws Exception {
        Session session = session();
        String name = uniqueName("shared");
        session.createSharedConsumer(topic(session), name);
        Topic other = topic(session);
        assertThatThrownBy(() -> session.createSharedConsumer(other, name))
                .isInstanceOf(JMSException.class);
    }

    @Test
    void sharedNonDurableSubscriptionEndsWithItsLastConsumer() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        String name = uniqueName("shared");
        session.createSharedConsumer(topic, name).close();
        session.createProducer(topic).send(session.createTextMessage("lost"));
        assertNoMessage(session.createSharedConsumer(topic, name));
    }

    @Test
    void durableAndSharedNonDurableSubscriptionsWithTheSameNameAreSeparate() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer durable = session.createDurableConsumer(topic, name);
        MessageConsumer shared = session.createSharedConsumer(topic, name);
        session.createProducer(topic).send(session.createTextMessage("both"));
        receive(durable);
        receive(shared);
        durable.close();
        session.unsubscribe(name);
    }

    @Test
    void noLocalDurableSubscriptionIgnoresItsOwnConnectionsMessages() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic, name, null, true);
        session.createProducer(topic).send(session.createTextMessage("local"));
        Session remote = session();
        remote.createProducer(topic).send(remote.createTextMessage("remote"));
        assertThat(text(receive(consumer))).isEqualTo("remote");
        assertNoMessage(consumer);
        consumer.close();
        session.unsubscribe(name);
    }

    @Test
    void expiredMessagesAreNotDeliveredToSubscribers() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        MessageConsumer consumer = session.createConsumer(topic);
        MessageProducer producer = session.createProducer(topic);
        producer.setTimeToLive(1);
        producer.send(session.createTextMessage("expires"));
        Thread.sleep(100);
        producer.setTimeToLive(0);
        producer.send(session.createTextMessage("lives"));
        assertThat(text(receive(consumer))).isEqualTo("lives");
    }

    @Test
    void durableSubscriptionOutlivesItsConnection() throws Exception {
        String clientId = uniqueName("client");
        String name = uniqueName("sub");
        Connection first = stoppedConnection();
        first.setClientID(clientId);
        Session session = first.createSession();
        Topic topic = topic(session);
        session.createDurableConsumer(topic, name);
        first.close();

        Session publisher = session();
        publisher.createProducer(topic).send(publisher.createTextMessage("while away"));

        Connection second = stoppedConnection();
        second.setClientID(clientId);
        second.start();
        Session resumed = second.createSession();
        MessageConsumer consumer = resumed.createDurableConsumer(topic, name);
        assertThat(text(receive(consumer))).isEqualTo("while away");
        consumer.close();
        resumed.unsubscribe(name);
    }

    @Test
    void topicMessageCarriesItsTopicAsDestination() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        MessageConsumer consumer = session.createConsumer(topic);
        session.createProducer(topic).send(session.createTextMessage("x"));
        assertThat(receive(consumer).getJMSDestination()).isInstanceOf(Topic.class).isEqualTo(topic);
    }

    @Test
    void unacknowledgedDurableMessageIsRedeliveredToTheNextConsumer() throws Exception {
        Session session = connectionWithClientId().createSession(Session.CLIENT_ACKNOWLEDGE);
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer consumer = session.createDurableConsumer(topic, name);
        session.createProducer(topic).send(session.createTextMessage("x"));
        receive(consumer);
        consumer.close();
        session.recover();
        MessageConsumer again = session.createDurableConsumer(topic, name);
        Message redelivered = receive(again);
        assertThat(redelivered.getJMSRedelivered()).isTrue();
        redelivered.acknowledge();
        again.close();
        session.unsubscribe(name);
    }

    @Test
    void sharedAndUnsharedDurableSubscriptionsCannotShareAName() throws Exception {
        Session session = connectionWithClientId().createSession();
        Topic topic = topic(session);
        String name = uniqueName("sub");
        MessageConsumer unshared = session.createDurableConsumer(topic, name);
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, name))
                .isInstanceOf(JMSException.class);
        unshared.close();
        session.unsubscribe(name);
    }

    @Test
    void topicLookedUpThroughJndiIsUsable() throws Exception {
        Topic topic = ProviderFixture.get().lookup(ProviderFixture.DECLARED_TOPIC);
        assertThat(topic.getTopicName()).isEqualTo("tck.declared.topic");
        Session session = session();
        MessageConsumer consumer = session.createConsumer(topic);
        session.createProducer(topic).send(session.createTextMessage("jndi"));
        assertThat(text(receive(consumer))).isEqualTo("jndi");
    }
}
