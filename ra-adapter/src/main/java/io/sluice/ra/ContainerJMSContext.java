package io.sluice.ra;

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
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionInProgressRuntimeException;

import java.io.Serializable;

/**
 * The JMSContext of a container connection factory: one connection handle and its one session,
 * created on first need so that it joins the transaction active when it is first used. The methods
 * JMS 12.2 reserves to the container throw {@link IllegalStateRuntimeException}.
 */
final class ContainerJMSContext implements JMSContext {

    private final ConnectionHandle connection;
    private final int requestedMode;
    private SessionHandle session;
    private boolean closed;

    ContainerJMSContext(ConnectionHandle connection, int requestedMode) {
        this.connection = connection;
        this.requestedMode = requestedMode;
    }

    private synchronized SessionHandle session() {
        if (closed) {
            throw new IllegalStateRuntimeException("this JMSContext is closed");
        }
        if (session == null) {
            session = call(() -> (SessionHandle) connection.createSession(false, OutsideTransaction.sessionMode(requestedMode)));
        }
        return session;
    }

    @FunctionalInterface
    interface JmsCall<T> {
        T call() throws JMSException;
    }

    /** Checked JMS exceptions become their unchecked twins, as the simplified API requires. */
    static <T> T call(JmsCall<T> call) {
        try {
            return call.call();
        } catch (jakarta.jms.IllegalStateException e) {
            throw new IllegalStateRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (TransactionInProgressException e) {
            throw new TransactionInProgressRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (JMSSecurityException e) {
            throw new JMSSecurityRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (jakarta.jms.InvalidDestinationException e) {
            throw new jakarta.jms.InvalidDestinationRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (jakarta.jms.InvalidSelectorException e) {
            throw new jakarta.jms.InvalidSelectorRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (jakarta.jms.MessageFormatException e) {
            throw new jakarta.jms.MessageFormatRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        throw new IllegalStateRuntimeException("JMSContext.createContext would open a second session on this "
                + "connection, which a Jakarta EE web or EJB application may not do (Jakarta Messaging 12.2)");
    }

    @Override
    public JMSProducer createProducer() {
        SessionHandle current = session();
        return new ContainerJMSProducer(current, call(() -> (ProducerHandle) current.createProducer(null)));
    }

    @Override
    public String getClientID() {
        return call(connection::getClientID);
    }

    @Override
    public void setClientID(String clientID) {
        throw ContainerRules.forbiddenRuntime("JMSContext.setClientID");
    }

    @Override
    public ConnectionMetaData getMetaData() {
        return call(connection::getMetaData);
    }

    @Override
    public ExceptionListener getExceptionListener() {
        throw ContainerRules.forbiddenRuntime("JMSContext.getExceptionListener");
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        throw ContainerRules.forbiddenRuntime("JMSContext.setExceptionListener");
    }

    @Override
    public void start() {
        call(() -> {
            connection.start();
            return null;
        });
    }

    @Override
    public void stop() {
        throw ContainerRules.forbiddenRuntime("JMSContext.stop");
    }

    /** The physical connection is always started, so autoStart has nothing to change. */
    @Override
    public void setAutoStart(boolean autoStart) {
        checkOpen();
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateRuntimeException("this JMSContext is closed");
        }
    }

    @Override
    public boolean getAutoStart() {
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        call(() -> {
            connection.close();
            return null;
        });
    }

    @Override
    public BytesMessage createBytesMessage() {
        return call(session()::createBytesMessage);
    }

    @Override
    public MapMessage createMapMessage() {
        return call(session()::createMapMessage);
    }

    @Override
    public Message createMessage() {
        return call(session()::createMessage);
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return call(session()::createObjectMessage);
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        SessionHandle current = session();
        return call(() -> current.createObjectMessage(object));
    }

    @Override
    public StreamMessage createStreamMessage() {
        return call(session()::createStreamMessage);
    }

    @Override
    public TextMessage createTextMessage() {
        return call(session()::createTextMessage);
    }

    @Override
    public TextMessage createTextMessage(String text) {
        SessionHandle current = session();
        return call(() -> current.createTextMessage(text));
    }

    @Override
    public boolean getTransacted() {
        return call(session()::getTransacted);
    }

    @Override
    public int getSessionMode() {
        SessionHandle current = session();
        return call(() -> current.getTransacted() ? Session.SESSION_TRANSACTED : current.getAcknowledgeMode());
    }

    @Override
    public void commit() {
        call(() -> {
            session().commit();
            return null;
        });
    }

    @Override
    public void rollback() {
        call(() -> {
            session().rollback();
            return null;
        });
    }

    @Override
    public void recover() {
        call(() -> {
            session().recover();
            return null;
        });
    }

    /** Container sessions never use client acknowledgement (JMS 12.3), so there is nothing to acknowledge. */
    @Override
    public void acknowledge() {
        checkOpen();
    }

    private JMSConsumer consumer(JmsCall<MessageConsumer> create) {
        return new ContainerJMSConsumer(call(create));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination) {
        SessionHandle current = session();
        return consumer(() -> current.createConsumer(destination));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector) {
        SessionHandle current = session();
        return consumer(() -> current.createConsumer(destination, messageSelector));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal) {
        SessionHandle current = session();
        return consumer(() -> current.createConsumer(destination, messageSelector, noLocal));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) {
        SessionHandle current = session();
        return consumer(() -> current.createSharedConsumer(topic, sharedSubscriptionName));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector) {
        SessionHandle current = session();
        return consumer(() -> current.createSharedConsumer(topic, sharedSubscriptionName, messageSelector));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        SessionHandle current = session();
        return consumer(() -> current.createDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal) {
        SessionHandle current = session();
        return consumer(() -> current.createDurableConsumer(topic, name, messageSelector, noLocal));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        SessionHandle current = session();
        return consumer(() -> current.createSharedDurableConsumer(topic, name));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector) {
        SessionHandle current = session();
        return consumer(() -> current.createSharedDurableConsumer(topic, name, messageSelector));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        SessionHandle current = session();
        return call(() -> current.createBrowser(queue));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) {
        SessionHandle current = session();
        return call(() -> current.createBrowser(queue, messageSelector));
    }

    @Override
    public Queue createQueue(String queueName) {
        SessionHandle current = session();
        return call(() -> current.createQueue(queueName));
    }

    @Override
    public Topic createTopic(String topicName) {
        SessionHandle current = session();
        return call(() -> current.createTopic(topicName));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return call(session()::createTemporaryQueue);
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return call(session()::createTemporaryTopic);
    }

    @Override
    public void unsubscribe(String name) {
        SessionHandle current = session();
        call(() -> {
            current.unsubscribe(name);
            return null;
        });
    }
}
