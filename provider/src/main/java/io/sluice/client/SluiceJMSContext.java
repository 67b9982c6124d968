package io.sluice.client;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import java.io.Serializable;

/**
 * The simplified API: a connection (possibly shared with other contexts) and one session,
 * created on first need so that setClientID still works right after the context is created.
 * Every checked exception becomes its unchecked twin.
 */
public class SluiceJMSContext implements JMSContext {

    private final SharedConnection shared;
    private final int sessionMode;
    private final SessionOpener opener;
    private SluiceSession session;
    private volatile boolean autoStart = true;
    private volatile boolean closed;

    /** How the context opens its session on first use. */
    @FunctionalInterface
    interface SessionOpener {
        SluiceSession open(SluiceConnection connection, int sessionMode) throws JMSException;
    }

    private SluiceJMSContext(SharedConnection shared, int sessionMode) {
        this(shared, sessionMode, SluiceConnection::createSession);
    }

    SluiceJMSContext(SharedConnection shared, int sessionMode, SessionOpener opener) {
        this.shared = shared;
        this.sessionMode = sessionMode;
        this.opener = opener;
    }

    static SluiceJMSContext create(SluiceConnection connection, int sessionMode) {
        return new SluiceJMSContext(new SharedConnection(connection), sessionMode);
    }

    static void checkSessionMode(int sessionMode) {
        if (!SessionMode.isValid(sessionMode)) {
            throw new JMSRuntimeException("invalid session mode " + sessionMode + "; expected " + SessionMode.VALID_MODES);
        }
    }

    private SluiceConnection connection() {
        return shared.connection();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateRuntimeException("the JMSContext is closed");
        }
    }

    synchronized SluiceSession session() {
        checkOpen();
        if (session == null) {
            try {
                session = opener.open(connection(), sessionMode);
            } catch (JMSException e) {
                throw JmsExceptions.toRuntime(e);
            }
        }
        return session;
    }

    /** A checked JMS call made from the simplified API. */
    @FunctionalInterface
    interface JmsCall<T> {
        T call() throws JMSException;
    }

    static <T> T unchecked(JmsCall<T> call) {
        try {
            return call.call();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    @Override
    public JMSContext createContext(int mode) {
        checkOpen();
        checkSessionMode(mode);
        shared.retain();
        return new SluiceJMSContext(shared, mode);
    }

    @Override
    public JMSProducer createProducer() {
        SluiceSession current = session();
        return new SluiceJMSProducer(this, unchecked(() -> (SluiceMessageProducer) current.createProducer(null)));
    }

    @Override
    public String getClientID() {
        checkOpen();
        return unchecked(() -> connection().getClientID());
    }

    @Override
    public void setClientID(String clientID) {
        checkOpen();
        unchecked(() -> {
            connection().setClientID(clientID);
            return null;
        });
    }

    @Override
    public ConnectionMetaData getMetaData() {
        checkOpen();
        return unchecked(() -> connection().getMetaData());
    }

    @Override
    public ExceptionListener getExceptionListener() {
        checkOpen();
        return unchecked(() -> connection().getExceptionListener());
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        checkOpen();
        unchecked(() -> {
            connection().setExceptionListener(listener);
            return null;
        });
    }

    @Override
    public void start() {
        checkOpen();
        unchecked(() -> {
            connection().start();
            return null;
        });
    }

    @Override
    public void stop() {
        checkOpen();
        unchecked(() -> {
            connection().stop();
            return null;
        });
    }

    @Override
    public void setAutoStart(boolean autoStart) {
        checkOpen();
        this.autoStart = autoStart;
    }

    @Override
    public boolean getAutoStart() {
        checkOpen();
        return autoStart;
    }

    @Override
    public void close() {
        SluiceSession current;
        synchronized (this) {
            if (closed) {
                return;
            }
            current = session;
        }
        SluiceSession inCallback = SluiceSession.currentCallbackSession();
        if (inCallback != null && inCallback.connection() == connection()) {
            throw new IllegalStateRuntimeException("a message or completion listener must not close its own JMSContext");
        }
        unchecked(() -> {
            if (current != null) {
                current.close();
            }
            return null;
        });
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        unchecked(() -> {
            shared.release();
            return null;
        });
    }

    // ---- messages

    @Override
    public BytesMessage createBytesMessage() {
        return unchecked(() -> session().createBytesMessage());
    }

    @Override
    public MapMessage createMapMessage() {
        return unchecked(() -> session().createMapMessage());
    }

    @Override
    public Message createMessage() {
        return unchecked(() -> session().createMessage());
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return unchecked(() -> session().createObjectMessage());
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        return unchecked(() -> session().createObjectMessage(object));
    }

    @Override
    public StreamMessage createStreamMessage() {
        return unchecked(() -> session().createStreamMessage());
    }

    @Override
    public TextMessage createTextMessage() {
        return unchecked(() -> session().createTextMessage());
    }

    @Override
    public TextMessage createTextMessage(String text) {
        return unchecked(() -> session().createTextMessage(text));
    }

    // ---- transactions

    @Override
    public boolean getTransacted() {
        return unchecked(() -> session().getTransacted());
    }

    @Override
    public int getSessionMode() {
        checkOpen();
        return sessionMode;
    }

    @Override
    public void commit() {
        unchecked(() -> {
            session().commit();
            return null;
        });
    }

    @Override
    public void rollback() {
        unchecked(() -> {
            session().rollback();
            return null;
        });
    }

    @Override
    public void recover() {
        unchecked(() -> {
            session().recover();
            return null;
        });
    }

    @Override
    public void acknowledge() {
        unchecked(() -> {
            session().acknowledgeAll();
            return null;
        });
    }

    // ---- consumers

    private JMSConsumer consumer(JmsCall<MessageConsumer> create) {
        SluiceMessageConsumer consumer = (SluiceMessageConsumer) unchecked(create);
        if (autoStart) {
            start();
        }
        return new SluiceJMSConsumer(consumer);
    }

    @Override
    public JMSConsumer createConsumer(Destination destination) {
        return consumer(() -> session().createConsumer(destination));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector) {
        return consumer(() -> session().createConsumer(destination, messageSelector));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal) {
        return consumer(() -> session().createConsumer(destination, messageSelector, noLocal));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) {
        return consumer(() -> session().createSharedConsumer(topic, sharedSubscriptionName));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector) {
        return consumer(() -> session().createSharedConsumer(topic, sharedSubscriptionName, messageSelector));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        return consumer(() -> session().createDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal) {
        return consumer(() -> session().createDurableConsumer(topic, name, messageSelector, noLocal));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        return consumer(() -> session().createSharedDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector) {
        return consumer(() -> session().createSharedDurableConsumer(topic, name, messageSelector));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        return unchecked(() -> session().createBrowser(queue));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) {
        return unchecked(() -> session().createBrowser(queue, messageSelector));
    }

    // ---- destinations

    @Override
    public Queue createQueue(String queueName) {
        return unchecked(() -> session().createQueue(queueName));
    }

    @Override
    public Topic createTopic(String topicName) {
        return unchecked(() -> session().createTopic(topicName));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return unchecked(() -> session().createTemporaryQueue());
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return unchecked(() -> session().createTemporaryTopic());
    }

    @Override
    public void unsubscribe(String name) {
        unchecked(() -> {
            session().unsubscribe(name);
            return null;
        });
    }
}
