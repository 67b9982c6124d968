package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static io.sluice.client.Brokers.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicMessagingTest {

    @TempDir
    Path dataDir;
    SluiceConnectionFactory factory;
    Connection connection;
    Session session;
    Topic topic;

    @BeforeEach
    void connect() throws Exception {
        factory = Brokers.factory(dataDir, "clientID=subscriber");
        connection = factory.createConnection();
        session = connection.createSession();
        topic = session.createTopic("news");
        connection.start();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private void publish(Session from, String text) throws JMSException {
        from.createProducer(topic).send(from.createTextMessage(text));
    }

    private static String text(Message message) throws JMSException {
        return message == null ? null : ((TextMessage) message).getText();
    }

    /**
     * Publishes and returns once a subscriber that existed before has it: the message is then
     * dispatched, and a subscription created afterwards must not see it.
     */
    private void publishAndAwaitDispatch(String text) throws JMSException {
        MessageConsumer witness = session.createConsumer(topic);
        publish(session, text);
        assertThat(text(witness.receive(RECEIVE_TIMEOUT))).isEqualTo(text);
        witness.close();
    }

    @Test
    void everySubscriberGetsEveryMessagePublishedWhileItExists() throws Exception {
        publishAndAwaitDispatch("before these subscribers existed");
        MessageConsumer first = session.createConsumer(topic);
        MessageConsumer second = session.createConsumer(topic);
        publish(session, "one");
        publish(session, "two");
        for (MessageConsumer consumer : new MessageConsumer[] {first, second}) {
            assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("one");
            assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("two");
            assertThat(consumer.receive(200)).isNull();
        }
    }

    @Test
    void topicSelectorsKeepOnlyMatchingMessages() throws Exception {
        MessageConsumer sport = session.createConsumer(topic, "section = 'sport'");
        for (String section : new String[] {"sport", "politics", "sport"}) {
            Message message = session.createTextMessage(section);
            message.setStringProperty("section", section);
            session.createProducer(topic).send(message);
        }
        assertThat(text(sport.receive(RECEIVE_TIMEOUT))).isEqualTo("sport");
        assertThat(text(sport.receive(RECEIVE_TIMEOUT))).isEqualTo("sport");
        assertThat(sport.receive(200)).isNull();
    }

    @Test
    void anInvalidSelectorIsRefusedWhenTheConsumerIsCreated() {
        assertThatThrownBy(() -> session.createConsumer(topic, "section = "))
                .isInstanceOf(InvalidSelectorException.class);
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "bad", "((", false))
                .isInstanceOf(InvalidSelectorException.class);
    }

    @Test
    void noLocalSubscribersDoNotSeeTheirOwnConnectionsMessages() throws Exception {
        MessageConsumer noLocal = session.createConsumer(topic, null, true);
        MessageConsumer all = session.createConsumer(topic);
        publish(session, "mine");
        try (Connection other = Brokers.factoryFor(factory).createConnection()) {
            publish(other.createSession(), "theirs");
        }
        assertThat(text(all.receive(RECEIVE_TIMEOUT))).isEqualTo("mine");
        assertThat(text(all.receive(RECEIVE_TIMEOUT))).isEqualTo("theirs");
        assertThat(text(noLocal.receive(RECEIVE_TIMEOUT))).isEqualTo("theirs");
        assertThat(noLocal.receive(200)).isNull();
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileNoConsumerIsActive() throws Exception {
        MessageConsumer durable = session.createDurableConsumer(topic, "archive");
        publish(session, "while active");
        assertThat(text(durable.receive(RECEIVE_TIMEOUT))).isEqualTo("while active");
        durable.close();
        publish(session, "while away");
        MessageConsumer again = session.createDurableConsumer(topic, "archive");
        assertThat(text(again.receive(RECEIVE_TIMEOUT))).isEqualTo("while away");
    }

    @Test
    void aDurableSubscriptionSurvivesABrokerRestart() throws Exception {
        SluiceConnectionFactory restartable = Brokers.factory(dataDir.resolve("restart"), "clientID=restarting");
        try (Connection first = restartable.createConnection()) {
            Session s = first.createSession();
            s.createDurableConsumer(topic, "keep").close();
            s.createProducer(topic).send(s.createTextMessage("stored"));
        }
        try (Connection second = restartable.createConnection()) {
            Session s = second.createSession();
            second.start();
            MessageConsumer consumer = s.createDurableConsumer(topic, "keep");
            assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("stored");
        }
    }

    @Test
    void changingTheSelectorOfAnInactiveDurableSubscriptionReplacesIt() throws Exception {
        session.createDurableConsumer(topic, "sub", "n = 1", false).close();
        Message kept = session.createTextMessage("for the old subscription");
        kept.setIntProperty("n", 1);
        session.createProducer(topic).send(kept);
        MessageConsumer replaced = session.createDurableConsumer(topic, "sub", "n = 2", false);
        assertThat(replaced.receive(300)).isNull();
        Message matching = session.createTextMessage("new");
        matching.setIntProperty("n", 2);
        session.createProducer(topic).send(matching);
        assertThat(text(replaced.receive(RECEIVE_TIMEOUT))).isEqualTo("new");
    }

    @Test
    void anUnsharedDurableSubscriptionHasAtMostOneActiveConsumer() throws Exception {
        session.createDurableConsumer(topic, "single");
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "single")).isInstanceOf(JMSException.class);
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, "single")).isInstanceOf(JMSException.class);
    }

    @Test
    void unsubscribeDeletesAnInactiveDurableSubscriptionOnly() throws Exception {
        MessageConsumer consumer = session.createDurableConsumer(topic, "gone");
        assertThatThrownBy(() -> session.unsubscribe("gone")).isInstanceOf(IllegalStateException.class);
        consumer.close();
        publishAndAwaitDispatch("dropped with the subscription");
        session.unsubscribe("gone");
        assertThatThrownBy(() -> session.unsubscribe("gone")).isInstanceOf(InvalidDestinationException.class);
        MessageConsumer fresh = session.createDurableConsumer(topic, "gone");
        assertThat(fresh.receive(300)).isNull();
    }

    @Test
    void unsharedDurableSubscriptionsNeedAClientId() throws Exception {
        try (Connection anonymous = Brokers.factory(dataDir.resolve("anon")).createConnection()) {
            Session s = anonymous.createSession();
            assertThatThrownBy(() -> s.createDurableConsumer(topic, "x")).isInstanceOf(IllegalStateException.class);
            // a shared durable subscription may do without one
            s.createSharedDurableConsumer(topic, "x").close();
        }
    }

    @Test
    void sharedSubscriptionsSpreadMessagesOverTheirConsumers() throws Exception {
        Session other = connection.createSession();
        MessageConsumer first = session.createSharedConsumer(topic, "workers");
        MessageConsumer second = other.createSharedConsumer(topic, "workers");
        for (int i = 0; i < 10; i++) {
            publish(session, "job" + i);
        }
        Set<String> received = new HashSet<>();
        long deadline = Brokers.deadline();
        while (received.size() < 10 && Brokers.before(deadline)) {
            for (MessageConsumer consumer : new MessageConsumer[] {first, second}) {
                Message message = consumer.receive(50);
                if (message != null) {
                    assertThat(received.add(text(message))).isTrue();
                }
            }
        }
        assertThat(received).hasSize(10);
    }

    @Test
    void aSharedSubscriptionRefusesAnotherSelectorWhileActive() throws Exception {
        session.createSharedConsumer(topic, "s", "a = 1");
        assertThatThrownBy(() -> session.createSharedConsumer(topic, "s", "a = 2")).isInstanceOf(JMSException.class);
    }

    @Test
    void sharedDurableSubscriptionsKeepMessagesForLaterConsumers() throws Exception {
        session.createSharedDurableConsumer(topic, "shared-archive").close();
        publish(session, "kept");
        MessageConsumer consumer = session.createSharedDurableConsumer(topic, "shared-archive");
        assertThat(text(consumer.receive(RECEIVE_TIMEOUT))).isEqualTo("kept");
    }

    @Test
    void aDurableNoLocalSubscriptionSkipsMessagesOfItsClientId() throws Exception {
        MessageConsumer durable = session.createDurableConsumer(topic, "remote-only", null, true);
        publish(session, "own");
        try (Connection other = Brokers.factoryFor(factory).createConnection()) {
            publish(other.createSession(), "remote");
        }
        assertThat(text(durable.receive(RECEIVE_TIMEOUT))).isEqualTo("remote");
        assertThat(durable.receive(200)).isNull();
    }

    @Test
    void aSubscriptionWithUnacknowledgedMessagesCannotBeUnsubscribedEvenAfterItsConsumerClosed() throws Exception {
        Session clientAck = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer durable = clientAck.createDurableConsumer(topic, "pending");
        publish(session, "not yet acknowledged");
        Message message = durable.receive(RECEIVE_TIMEOUT);
        durable.close();
        assertThatThrownBy(() -> session.unsubscribe("pending")).isInstanceOf(IllegalStateException.class);
        message.acknowledge();
        session.unsubscribe("pending");
    }
}
