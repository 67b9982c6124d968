package io.sluice.tck.messaging;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Destination;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 3.8: message selectors on queues and topics. */
class MessageSelectorTest extends JmsTestSupport {

    /** A message with color=red, weight=5, ripe, JMSType=fruit and JMSPriority=6: the "hit" of every selector below. */
    private void sendHitAndMiss(Session session, Destination destination) throws Exception {
        MessageProducer producer = session.createProducer(destination);
        Message miss = session.createTextMessage("miss");
        miss.setStringProperty("color", "blue");
        miss.setIntProperty("weight", 50);
        miss.setJMSType("vegetable");
        miss.setBooleanProperty("ripe", false);
        producer.send(miss);
        Message hit = session.createTextMessage("hit");
        hit.setStringProperty("color", "red");
        hit.setIntProperty("weight", 5);
        hit.setJMSType("fruit");
        hit.setBooleanProperty("ripe", true);
        producer.send(hit, Message.DEFAULT_DELIVERY_MODE, 6, Message.DEFAULT_TIME_TO_LIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "color = 'red'",
            "weight < 10",
            "weight BETWEEN 1 AND 9",
            "color IN ('red', 'green')",
            "color LIKE 'r_d'",
            "color LIKE 'r%'",
            "JMSType = 'fruit'",
            "JMSPriority > 5",
            "weight * 2 = 10 AND NOT color = 'blue'",
            "absent IS NULL AND color NOT IN ('blue')",
            "color <> 'blue' OR absent = 1",
            "ripe",
            "ripe = TRUE",
            "NOT ripe = FALSE",
            "weight = 5.0",
            "weight = 0.5E1",
            "color NOT LIKE 'b%'",
            "weight NOT BETWEEN 10 AND 100",
            "-weight > -10",
            "weight + 0.5 > 5.4 AND weight - 1 < 5",
            "JMSMessageID LIKE 'ID:%' AND ripe",
            "JMSPriority BETWEEN 5 AND 9"})
    void selectorOnQueueReceivesOnlyMatchingMessage(String selector) throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue, selector);
        sendHitAndMiss(session, queue);
        assertThat(text(receive(consumer))).isEqualTo("hit");
        assertNoMessage(consumer);
    }

    @Test
    void nonMatchingQueueMessagesStayForOtherConsumers() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer selective = session.createConsumer(queue, "color = 'red'");
        sendHitAndMiss(session, queue);
        assertThat(text(receive(selective))).isEqualTo("hit");
        selective.close();
        MessageConsumer everything = session.createConsumer(queue);
        assertThat(text(receive(everything))).isEqualTo("miss");
    }

    @Test
    void selectorOnTopicSubscriberFilters() throws Exception {
        Session session = session();
        Topic topic = topic(session);
        MessageConsumer consumer = session.createConsumer(topic, "weight < 10");
        sendHitAndMiss(session, topic);
        assertThat(text(receive(consumer))).isEqualTo("hit");
        assertNoMessage(consumer);
    }

    @Test
    void comparingWithUnknownPropertyIsNotTrue() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue, "absent > 0 OR NOT (absent <= 0)");
        sendHitAndMiss(session, queue);
        assertNoMessage(consumer);
    }

    @Test
    void emptyOrNullSelectorMeansNoSelector() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue, "");
        assertThat(consumer.getMessageSelector()).isNullOrEmpty();
        sendHitAndMiss(session, queue);
        receive(consumer);
        receive(consumer);
    }

    @Test
    void consumerReportsItsSelector() throws Exception {
        Session session = session();
        MessageConsumer consumer = session.createConsumer(queue(session), "color = 'red'");
        assertThat(consumer.getMessageSelector()).isEqualTo("color = 'red'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"color = ", "color === 'red'", "(weight > 1", "weight BETWEEN 1", "'a' LIKE color",
            "color IN ()", "NULL = ", "weight IN (1, 2)", "color LIKE 5", "5 LIKE 'x'"})
    void invalidSelectorIsRejected(String selector) throws Exception {
        Session session = session();
        Queue queue = queue(session);
        assertThatThrownBy(() -> session.createConsumer(queue, selector))
                .isInstanceOf(InvalidSelectorException.class);
    }

    @Test
    void invalidSelectorIsRejectedForBrowserAndDurableSubscriber() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        Topic topic = topic(session);
        assertThatThrownBy(() -> session.createBrowser(queue, "a = "))
                .isInstanceOf(InvalidSelectorException.class);
        assertThatThrownBy(() -> session.createSharedDurableConsumer(topic, "s", "a = "))
                .isInstanceOf(InvalidSelectorException.class);
    }
}
