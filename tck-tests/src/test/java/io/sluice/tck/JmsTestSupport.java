package io.sluice.tck;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every conformance test: connections and contexts it opens are closed after the test, and
 * destination names are unique per test so that tests never see each other's messages.
 */
public abstract class JmsTestSupport {

    /** When a message is expected: generous, a loaded machine must not fail a correct provider. */
    protected static final long RECEIVE_TIMEOUT = 10_000;
    /** When no message is expected: how long we wait before believing none will come. */
    protected static final long NO_MESSAGE_TIMEOUT = 300;

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private String testName;

    @BeforeEach
    void rememberTestName(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeResources() throws Exception {
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
    }

    protected ConnectionFactory factory() {
        return ProviderFixture.get().connectionFactory();
    }

    /** A started connection. */
    protected Connection connection() throws JMSException {
        Connection connection = stoppedConnection();
        connection.start();
        return connection;
    }

    protected Connection stoppedConnection() throws JMSException {
        return closeLater(factory().createConnection());
    }

    protected Session session(int mode) throws JMSException {
        return connection().createSession(mode == Session.SESSION_TRANSACTED, mode);
    }

    protected Session session() throws JMSException {
        return session(Session.AUTO_ACKNOWLEDGE);
    }

    protected JMSContext context() {
        return closeLater(factory().createContext());
    }

    protected JMSContext context(int sessionMode) {
        return closeLater(factory().createContext(sessionMode));
    }

    protected <T extends AutoCloseable> T closeLater(T resource) {
        resources.push(resource);
        return resource;
    }

    /** A name no other test uses, readable in logs. */
    protected String uniqueName(String kind) {
        return "tck." + getClass().getSimpleName() + "." + testName + "." + kind + NAMES.incrementAndGet();
    }

    protected Queue queue(Session session) throws JMSException {
        return session.createQueue(uniqueName("q"));
    }

    protected Topic topic(Session session) throws JMSException {
        return session.createTopic(uniqueName("t"));
    }

    protected Queue queue(JMSContext context) {
        return context.createQueue(uniqueName("q"));
    }

    protected Topic topic(JMSContext context) {
        return context.createTopic(uniqueName("t"));
    }

    protected static Message receive(MessageConsumer consumer) throws JMSException {
        Message message = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(message).as("a message within %d ms", RECEIVE_TIMEOUT).isNotNull();
        return message;
    }

    protected static Message receive(JMSConsumer consumer) {
        Message message = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(message).as("a message within %d ms", RECEIVE_TIMEOUT).isNotNull();
        return message;
    }

    /**
     * Receives {@code expected} messages from whichever of the competing consumers gets them, then checks
     * that none of them gets another: each message went to exactly one consumer.
     */
    protected static List<String> receiveFromCompetingConsumers(int expected, MessageConsumer... consumers)
            throws JMSException {
        List<String> texts = new ArrayList<>();
        long deadline = System.currentTimeMillis() + RECEIVE_TIMEOUT;
        while (texts.size() < expected && System.currentTimeMillis() < deadline) {
            for (MessageConsumer consumer : consumers) {
                Message message = consumer.receive(100);
                if (message != null) {
                    texts.add(text(message));
                }
            }
        }
        for (MessageConsumer consumer : consumers) {
            assertNoMessage(consumer);
        }
        assertThat(texts).as("messages received by the competing consumers").hasSize(expected);
        return texts;
    }

    protected static void assertNoMessage(MessageConsumer consumer) throws JMSException {
        assertThat(consumer.receive(NO_MESSAGE_TIMEOUT)).as("no message").isNull();
    }

    protected static void assertNoMessage(JMSConsumer consumer) {
        assertThat(consumer.receive(NO_MESSAGE_TIMEOUT)).as("no message").isNull();
    }

    /** An action a callback (listener, completion listener) runs; it may throw whatever the API throws. */
    @FunctionalInterface
    protected interface Action {
        void run() throws Exception;
    }

    /** Runs {@code action} and returns null, or returns what it threw: for asserting inside callbacks. */
    protected static Exception outcomeOf(Action action) {
        try {
            action.run();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    protected static String text(Message message) throws JMSException {
        return message.getBody(String.class);
    }

    /** The text of a message, for callbacks that cannot throw JMSException: a failure shows up as the text. */
    protected static String textOrFailure(Message message) {
        try {
            return text(message);
        } catch (JMSException e) {
            return "failed to read: " + e;
        }
    }
}
