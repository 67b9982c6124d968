package io.sluice.tck.domains;

import io.sluice.tck.JmsTestSupport;
import io.sluice.tck.ProviderFixture;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec 4.1: queues keep messages until consumed; each message goes to one consumer; browsers do not consume. */
class PointToPointTest extends JmsTestSupport {

    @Test
    void queueKeepsMessagesSentBeforeTheConsumerExists() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        session.createProducer(queue).send(session.createTextMessage("early"));
        assertThat(text(receive(session.createConsumer(queue)))).isEqualTo("early");
    }

    @Test
    void messagesFromOneProducerArriveInOrder() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 20; i++) {
            producer.send(session.createTextMessage("m" + i));
        }
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 20; i++) {
            assertThat(text(receive(consumer))).isEqualTo("m" + i);
        }
    }

    @Test
    void eachMessageGoesToExactlyOneOfTwoConsumers() throws Exception {
        Session first = session();
        Session second = session();
        Queue queue = queue(first);
        MessageConsumer a = first.createConsumer(queue);
        MessageConsumer b = second.createConsumer(queue);
        MessageProducer producer = first.createProducer(queue);
        for (int i = 0; i < 10; i++) {
            producer.send(first.createTextMessage("m" + i));
        }
        assertThat(receiveFromCompetingConsumers(10, a, b)).doesNotHaveDuplicates();
    }

    @Test
    void higherPriorityIsDeliveredFirst() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("low"), Message.DEFAULT_DELIVERY_MODE, 1, 0);
        producer.send(session.createTextMessage("high"), Message.DEFAULT_DELIVERY_MODE, 9, 0);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(receive(consumer))).isEqualTo("high");
        assertThat(text(receive(consumer))).isEqualTo("low");
    }

    @Test
    void browserSeesMessagesWithoutConsumingThem() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("a"));
        producer.send(session.createTextMessage("b"));
        QueueBrowser browser = session.createBrowser(queue);
        assertThat(browser.getQueue()).isEqualTo(queue);
        assertThat(texts(browser)).containsExactly("a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(receive(consumer))).isEqualTo("a");
    }

    @Test
    void browserWithSelectorSeesOnlyMatchingMessages() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        for (String color : List.of("red", "blue", "red")) {
            Message m = session.createTextMessage(color);
            m.setStringProperty("color", color);
            producer.send(m);
        }
        QueueBrowser browser = session.createBrowser(queue, "color = 'red'");
        assertThat(browser.getMessageSelector()).isEqualTo("color = 'red'");
        assertThat(texts(browser)).containsExactly("red", "red");
    }

    @Test
    void browserOfEmptyQueueHasNoElements() throws Exception {
        Session session = session();
        assertThat(session.createBrowser(queue(session)).getEnumeration().hasMoreElements()).isFalse();
    }

    @Test
    void consumedMessagesAreNotBrowsed() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("a"));
        producer.send(session.createTextMessage("b"));
        receive(session.createConsumer(queue));
        assertThat(texts(session.createBrowser(queue))).containsExactly("b");
    }

    @Test
    void queueLookedUpThroughJndiIsUsable() throws Exception {
        Queue queue = ProviderFixture.get().lookup(ProviderFixture.DECLARED_QUEUE);
        assertThat(queue.getQueueName()).isEqualTo("tck.declared.queue");
        Session session = session();
        MessageConsumer consumer = session.createConsumer(queue);
        while (consumer.receive(NO_MESSAGE_TIMEOUT) != null) {
            // a shared declared queue: drain what an earlier run left
        }
        session.createProducer(queue).send(session.createTextMessage("jndi"));
        assertThat(text(receive(consumer))).isEqualTo("jndi");
    }

    private static List<String> texts(QueueBrowser browser) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Object m : Collections.list(browser.getEnumeration())) {
            texts.add(text((Message) m));
        }
        return texts;
    }
}
