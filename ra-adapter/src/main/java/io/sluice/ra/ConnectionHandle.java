package io.sluice.ra;

import jakarta.jms.ConnectionConsumer;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.ServerSessionPool;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicSession;

/**
 * The connection an application gets from a container connection factory: a handle on a pooled
 * {@link SluiceManagedConnection}. It allows one open session at a time (JMS 12.2) and refuses
 * the methods that would interfere with the container's management of the connection.
 */
final class ConnectionHandle implements QueueConnection, TopicConnection {

    private volatile SluiceManagedConnection owner;
    private SessionHandle session;
    private boolean closed;

    ConnectionHandle(SluiceManagedConnection owner) {
        this.owner = owner;
    }

    SluiceManagedConnection owner() {
        return owner;
    }

    void associate(SluiceManagedConnection newOwner) {
        this.owner = newOwner;
    }

    @Override
    public Session createSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(transacted, acknowledgeMode);
    }

    @Override
    public Session createSession(int sessionMode) throws JMSException {
        return openSession(sessionMode == Session.SESSION_TRANSACTED, sessionMode);
    }

    @Override
    public Session createSession() throws JMSException {
        return openSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @Override
    public QueueSession createQueueSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(transacted, acknowledgeMode);
    }

    @Override
    public TopicSession createTopicSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return openSession(transacted, acknowledgeMode);
    }

    private synchronized SessionHandle openSession(boolean transacted, int acknowledgeMode) throws JMSException {
        checkOpen();
        if (session != null && !session.isClosed()) {
            throw new IllegalStateException("this connection already has an open session; a Jakarta EE web or EJB "
                    + "application may have only one session per connection (Jakarta Messaging 12.2)");
        }
        session = new SessionHandle(owner.sessionFor(transacted, acknowledgeMode));
        return session;
    }

    private synchronized void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("this connection is closed");
        }
    }

    @Override
    public String getClientID() throws JMSException {
        checkOpen();
        return owner.physical().getClientID();
    }

    @Override
    public void setClientID(String clientID) throws JMSException {
        throw ContainerRules.forbidden("Connection.setClientID");
    }

    @Override
    public ConnectionMetaData getMetaData() throws JMSException {
        checkOpen();
        return owner.physical().getMetaData();
    }

    @Override
    public ExceptionListener getExceptionListener() throws JMSException {
        throw ContainerRules.forbidden("Connection.getExceptionListener");
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) throws JMSException {
        throw ContainerRules.forbidden("Connection.setExceptionListener");
    }

    /** The physical connection is started when it is created; start only checks the handle is open. */
    @Override
    public void start() throws JMSException {
        checkOpen();
    }

    @Override
    public void stop() throws JMSException {
        throw ContainerRules.forbidden("Connection.stop");
    }

    @Override
    public void close() throws JMSException {
        SluiceManagedConnection closedOwner;
        synchronized (this) {
            if (closed) {
                return;
            }
            closeSession();
            closed = true;
            closedOwner = owner;
        }
        closedOwner.handleClosed(this);
    }

    /** The container took the managed connection back: this handle can no longer be used. */
    synchronized void invalidate() {
        if (!closed) {
            closeSessionQuietly();
            closed = true;
        }
    }

    private void closeSession() throws JMSException {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private void closeSessionQuietly() {
        try {
            closeSession();
        } catch (JMSException ignored) {
            // the container reclaims the connection whatever the state of the session
        }
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Destination destination, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createConnectionConsumer");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Queue queue, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createConnectionConsumer");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Topic topic, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createConnectionConsumer");
    }

    @Override
    public ConnectionConsumer createSharedConnectionConsumer(Topic topic, String subscriptionName,
                                                             String messageSelector, ServerSessionPool sessionPool,
                                                             int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createSharedConnectionConsumer");
    }

    @Override
    public ConnectionConsumer createDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                              String messageSelector, ServerSessionPool sessionPool,
                                                              int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createDurableConnectionConsumer");
    }

    @Override
    public ConnectionConsumer createSharedDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                                    String messageSelector, ServerSessionPool sessionPool,
                                                                    int maxMessages) throws JMSException {
        throw ContainerRules.forbidden("Connection.createSharedDurableConnectionConsumer");
    }
}
