package io.sluice.client;

import jakarta.jms.CompletionListener;
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

import static org.assertj.core.api.Assertions.assertThat;

class AsyncSendTest {

    @TempDir
    Path dataDir;
    Connection connection;
    Session session;
    Queue queue;

    @BeforeEach
    void connect() throws Exception {
        connection = factory().createConnection();
        connection.start();
        session = connection.createSession();
        queue = session.createQueue("async");
    }

    /** The broker under test; {@link AsyncSendOverTcpTest} puts a network server in front of it. */
    SluiceConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void completionListenersRunInSendOrderOnAnotherThread() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        List<String> completed = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            producer.send(session.createTextMessage("m" + i), new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    try {
                        completed.add(((TextMessage) message).getText());
                    } catch (JMSException e) {
                        throw new AssertionError(e);
                    }
                    threads.add(Thread.currentThread());
                    done.countDown();
                }

                @Override
                public void onException(Message message, Exception exception) {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(completed.get(i)).isEqualTo("m" + i);
        }
        assertThat(threads).doesNotContain(Thread.currentThread());
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 20; i++) {
            assertThat(((TextMessage) consumer.receive(Brokers.RECEIVE_TIMEOUT)).getText()).isEqualTo("m" + i);
        }
    }

    @Test
    void aCompletionListenerMayNotCloseItsOwnSession() throws Exception {
        BlockingQueue<Object> outcome = new LinkedBlockingQueue<>();
        session.createProducer(queue).send(session.createTextMessage("x"), new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    session.close();
                    outcome.add("closed");
                } catch (JMSException e) {
                    outcome.add(e);
                }
            }

            @Override
            public void onException(Message message, Exception exception) {
                outcome.add(exception);
            }
        });
        assertThat(outcome.poll(20, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheSessionWaitsForIncompleteAsyncSends() throws Exception {
        MessageProducer producer = session.createProducer(queue);
        CountDownLatch completed = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            producer.send(session.createTextMessage("m" + i), new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    completed.countDown();
                }

                @Override
                public void onException(Message message, Exception exception) {
                }
            });
        }
        session.close();
        assertThat(completed.getCount()).isZero();
    }
}
