package io.sluice.tck.receiving;

import io.sluice.tck.JmsTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec 8: synchronous and asynchronous receipt and closing a consumer. */
class ConsumerTest extends JmsTestSupport {

    private Queue queueWith(Session session, String... texts) throws Exception {
        Queue queue = queue(session);
        var producer = session.createProducer(queue);
        for (String t : texts) {
            producer.send(session.createTextMessage(t));
        }
        return queue;
    }

    @Test
    void receiveNoWaitReturnsNullOnAnEmptyQueue() throws Exception {
        Session session = session();
        assertThat(session.createConsumer(queue(session)).receiveNoWait()).isNull();
    }

    @Test
    void receiveWithTimeoutReturnsNullWhenNothingArrives() throws Exception {
        Session session = session();
        assertNoMessage(session.createConsumer(queue(session)));
    }

    @Test
    void receiveWithoutTimeoutWaitsForAMessage() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue);
        CompletableFuture<Message> received = CompletableFuture.supplyAsync(() -> {
            try {
                return consumer.receive();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Session sender = session();
        sender.createProducer(queue).send(sender.createTextMessage("late"));
        assertThat(text(received.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS))).isEqualTo("late");
    }

    @Test
    void listenerReceivesMessagesInOrder() throws Exception {
        Session session = session();
        Queue queue = queueWith(session, "a", "b", "c");
        List<String> texts = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        MessageConsumer consumer = session.createConsumer(queue);
        MessageListener listener = m -> {
            texts.add(textOrFailure(m));
            done.countDown();
        };
        consumer.setMessageListener(listener);
        assertThat(consumer.getMessageListener()).isSameAs(listener);
        assertThat(done.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(texts).containsExactly("a", "b", "c");
    }

    @Test
    void listenerThatThrowsInAutoAckGetsTheMessageAgainMarkedRedelivered() throws Exception {
        Session session = session();
        Queue queue = queueWith(session, "x");
        CompletableFuture<Message> redelivered = new CompletableFuture<>();
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                if (!m.getJMSRedelivered()) {
                    throw new RuntimeException("listener fails the first delivery on purpose");
                }
                redelivered.complete(m);
            } catch (JMSException e) {
                redelivered.completeExceptionally(e);
            }
        });
        Message again = redelivered.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
    }

    @Test
    void synchronousReceiveOnASessionWithAListenerIsRefused() throws Exception {
        Session session = session();
        MessageConsumer consumer = session.createConsumer(queue(session));
        consumer.setMessageListener(m -> { });
        assertThatThrownBy(() -> consumer.receive(10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoverInsideAListenerRedeliversTheMessage() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "x");
        CompletableFuture<Message> second = new CompletableFuture<>();
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                if (m.getJMSRedelivered()) {
                    m.acknowledge();
                    second.complete(m);
                } else {
                    session.recover();
                }
            } catch (JMSException e) {
                second.completeExceptionally(e);
            }
        });
        assertThat(text(second.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS))).isEqualTo("x");
    }

    @Test
    void closedConsumerRefusesReceive() throws Exception {
        Session session = session();
        MessageConsumer consumer = session.createConsumer(queue(session));
        consumer.close();
        consumer.close();
        assertThatThrownBy(() -> consumer.receive(10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::getMessageSelector).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void messagesNotReceivedByAClosedConsumerGoToTheNextOne() throws Exception {
        Session session = session();
        Queue queue = queueWith(session, "a", "b");
        MessageConsumer first = session.createConsumer(queue);
        assertThat(text(receive(first))).isEqualTo("a");
        first.close();
        assertThat(text(receive(session.createConsumer(queue)))).isEqualTo("b");
    }

    @Test
    void consumerCloseWaitsForARunningListener() throws Exception {
        Session session = session();
        Queue queue = queueWith(session, "x");
        CountDownLatch inListener = new CountDownLatch(1);
        CompletableFuture<Boolean> listenerFinished = new CompletableFuture<>();
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.setMessageListener(m -> {
            inListener.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listenerFinished.complete(true);
        });
        assertThat(inListener.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        consumer.close();
        assertThat(listenerFinished).isDone();
    }

    /** What a listener got when it ran {@code close}: null if it succeeded, else the exception. */
    private Exception closeFromListener(Session session, Action close) throws Exception {
        Queue queue = queueWith(session, "x");
        CompletableFuture<Exception> outcome = new CompletableFuture<>();
        session.createConsumer(queue).setMessageListener(m -> outcome.complete(outcomeOf(close)));
        return outcome.get(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS);
    }

    // spec 6.2.15 and 6.1.8 allow both outcomes; what they forbid is a deadlock or another exception
    @Test
    void listenerClosingItsOwnSessionSucceedsOrThrowsIllegalState() throws Exception {
        Session session = session();
        Exception outcome = closeFromListener(session, session::close);
        if (outcome != null) {
            assertThat(outcome).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void listenerClosingItsOwnConnectionSucceedsOrThrowsIllegalState() throws Exception {
        Connection connection = connection();
        Exception outcome = closeFromListener(connection.createSession(), connection::close);
        if (outcome != null) {
            assertThat(outcome).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void acknowledgeAfterTheSessionClosedIsIllegal() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "x");
        Message message = receive(session.createConsumer(queue));
        session.close();
        assertThatThrownBy(message::acknowledge).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listenerThatThrowsInClientAcknowledgeModeGetsTheNextMessage() throws Exception {
        Session session = session(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = queueWith(session, "a", "b");
        List<String> deliveries = new CopyOnWriteArrayList<>();
        CountDownLatch twoDeliveries = new CountDownLatch(2);
        session.createConsumer(queue).setMessageListener(m -> {
            deliveries.add(textOrFailure(m));
            twoDeliveries.countDown();
            if (deliveries.size() == 1) {
                throw new IllegalArgumentException("the listener fails its first message on purpose");
            }
        });
        assertThat(twoDeliveries.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(deliveries).startsWith("a", "b");
    }

    @Test
    void connectionStopWaitsForARunningListener() throws Exception {
        Connection connection = connection();
        Session session = connection.createSession();
        Queue queue = queueWith(session, "x");
        CountDownLatch inListener = new CountDownLatch(1);
        CompletableFuture<Boolean> listenerFinished = new CompletableFuture<>();
        session.createConsumer(queue).setMessageListener(m -> {
            inListener.countDown();
            outcomeOf(() -> Thread.sleep(300));
            listenerFinished.complete(true);
        });
        assertThat(inListener.await(RECEIVE_TIMEOUT, TimeUnit.MILLISECONDS)).isTrue();
        connection.stop();
        assertThat(listenerFinished).isDone();
    }

    @Test
    void noLocalIsIgnoredForQueues() throws Exception {
        Session session = session();
        Queue queue = queue(session);
        MessageConsumer consumer = session.createConsumer(queue, null, true);
        session.createProducer(queue).send(session.createTextMessage("own"));
        assertThat(text(receive(consumer))).isEqualTo("own");
    }
}
