package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageListenerTest {

    @TempDir
    Path dataDir;
    Connection connection;
    Session session;
    Queue queue;

    @BeforeEach
    void connect() throws Exception {
        connection = factory().createConnection();
        session = connection.createSession();
        queue = session.createQueue("events");
    }

    /** The broker under test; {@link MessageListenerOverTcpTest} puts a network server in front of it. */
    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private void send(String... texts) throws JMSException {
        Session sender = connection.createSession();
        MessageProducer producer = sender.createProducer(queue);
        for (String text : texts) {
            producer.send(sender.createTextMessage(text));
        }
        sender.close();
    }

    private static String text(Message message) {
        try {
            return ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aListenerReceivesMessagesOnASessionThreadOnlyWhileTheConnectionIsStarted() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        AtomicReference<Thread> listenerThread = new AtomicReference<>();
        session.createConsumer(queue).setMessageListener(message -> {
            listenerThread.set(Thread.currentThread());
            received.add(text(message));
        });
        send("a", "b");
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        connection.start();
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(listenerThread.get()).isNotEqualTo(Thread.currentThread());
    }

    @Test
    void stopWaitsForARunningListenerAndHoldsBackFurtherDeliveries() throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean listenerDone = new AtomicBoolean();
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        session.createConsumer(queue).setMessageListener(message -> {
            received.add(text(message));
            if (text(message).equals("first")) {
                inListener.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                listenerDone.set(true);
            }
        });
        send("first");
        connection.start();
        assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        connection.stop();
        assertThat(listenerDone).isTrue();
        received.clear();
        send("second");
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        connection.start();
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aListenerThatThrowsGetsTheMessageAgainMarkedRedelivered() throws Exception {
        List<Boolean> redelivered = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        AtomicInteger calls = new AtomicInteger();
        session.createConsumer(queue).setMessageListener(message -> {
            try {
                redelivered.add(message.getJMSRedelivered());
            } catch (JMSException e) {
                throw new AssertionError(e);
            }
            twice.countDown();
            if (calls.incrementAndGet() == 1) {
                throw new RuntimeException("application failure");
            }
        });
        send("retry me");
        connection.start();
        assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(redelivered).containsExactly(false, true);
    }

    @Test
    void aListenerMayNotCloseOrStopItsOwnSessionOrConnection() throws Exception {
        BlockingQueue<Class<?>> outcomes = new LinkedBlockingQueue<>();
        session.createConsumer(queue).setMessageListener(message -> {
            for (Runnable forbidden : List.<Runnable>of(
                    () -> call(session::close), () -> call(connection::close), () -> call(connection::stop))) {
                try {
                    forbidden.run();
                    outcomes.add(Void.class);
                } catch (WrappedJms e) {
                    outcomes.add(e.getCause().getClass());
                }
            }
        });
        send("x");
        connection.start();
        for (int i = 0; i < 3; i++) {
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).isEqualTo(IllegalStateException.class);
        }
    }

    @Test
    void aListenerMayCloseItsOwnConsumer() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.setMessageListener(message -> {
            deliveries.incrementAndGet();
            call(consumer::close);
            closed.countDown();
        });
        send("a", "b");
        connection.start();
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        MessageConsumer next = connection.createSession().createConsumer(queue);
        assertThat(text(next.receive(Brokers.RECEIVE_TIMEOUT))).isEqualTo("b");
        assertThat(deliveries).hasValue(1);
    }

    @Test
    void receiveIsRefusedOnAConsumerWithAListener() throws Exception {
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.setMessageListener(message -> { });
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void receiveOnAStoppedConnectionReturnsNothingUntilStarted() throws Exception {
        send("waiting");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(300)).isNull();
        assertThat(consumer.receiveNoWait()).isNull();
        connection.start();
        assertThat(text(consumer.receive(Brokers.RECEIVE_TIMEOUT))).isEqualTo("waiting");
    }

    @Test
    void aBlockedReceiveReturnsNullWhenTheConsumerIsClosed() throws Exception {
        MessageConsumer consumer = session.createConsumer(queue);
        connection.start();
        AtomicReference<Object> result = new AtomicReference<>("not returned");
        Thread receiver = new Thread(() -> {
            try {
                result.set(consumer.receive());
            } catch (JMSException e) {
                result.set(e);
            }
        });
        receiver.start();
        Thread.sleep(200);
        consumer.close();
        receiver.join(10_000);
        assertThat(result.get()).isNull();
    }

    @Test
    void aTransactedListenerCommitsFromOnMessage() throws Exception {
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue replies = transacted.createQueue("replies");
        jakarta.jms.MessageProducer replier = transacted.createProducer(replies);
        CountDownLatch committed = new CountDownLatch(1);
        transacted.createConsumer(queue).setMessageListener(message -> {
            call(() -> {
                replier.send(transacted.createTextMessage("reply to " + text(message)));
                transacted.commit();
            });
            committed.countDown();
        });
        send("request");
        connection.start();
        assertThat(committed.await(10, TimeUnit.SECONDS)).isTrue();
        MessageConsumer replyConsumer = session.createConsumer(replies);
        assertThat(text(replyConsumer.receive(Brokers.RECEIVE_TIMEOUT))).isEqualTo("reply to request");
        assertThat(session.createConsumer(queue).receive(300)).isNull();
    }

    @Test
    void recoverInsideAClientAcknowledgeListenerRedeliversTheMessage() throws Exception {
        Session clientAck = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        clientAck.createConsumer(queue).setMessageListener(message -> {
            seen.add(text(message) + ":" + call(message::getJMSRedelivered));
            twice.countDown();
            if (seen.size() == 1) {
                call(clientAck::recover);
            } else {
                call(message::acknowledge);
            }
        });
        send("again");
        connection.start();
        assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("again:false", "again:true");
    }

    @Test
    void aJmsContextListenerMayNotStopItsContext() throws Exception {
        BlockingQueue<Object> outcome = new LinkedBlockingQueue<>();
        jakarta.jms.JMSContext context = Brokers.factory(dataDir.resolve("ctx")).createContext();
        try {
            Queue contextQueue = context.createQueue("ctx");
            context.createConsumer(contextQueue).setMessageListener(message -> {
                try {
                    context.stop();
                    outcome.add("stopped");
                } catch (RuntimeException e) {
                    outcome.add(e);
                }
            });
            context.createProducer().send(contextQueue, "x");
            assertThat(outcome.poll(10, TimeUnit.SECONDS)).isInstanceOf(jakarta.jms.IllegalStateRuntimeException.class);
        } finally {
            context.close();
        }
    }

    private interface JmsSupplier<T> {
        T get() throws JMSException;
    }

    private static <T> T call(JmsSupplier<T> action) {
        try {
            return action.get();
        } catch (JMSException e) {
            throw new WrappedJms(e);
        }
    }

    @Test
    void closingAConsumerWaitsForItsRunningListener() throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean listenerDone = new AtomicBoolean();
        MessageConsumer consumer = session.createConsumer(queue);
        consumer.setMessageListener(message -> {
            inListener.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listenerDone.set(true);
        });
        send("slow");
        connection.start();
        assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();
        consumer.close();
        assertThat(listenerDone).isTrue();
    }

    private interface JmsRunnable {
        void run() throws JMSException;
    }

    private static final class WrappedJms extends RuntimeException {
        WrappedJms(JMSException cause) {
            super(cause);
        }
    }

    private static void call(JmsRunnable action) {
        try {
            action.run();
        } catch (JMSException e) {
            throw new WrappedJms(e);
        }
    }
}
