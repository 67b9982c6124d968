package io.sluice.ra;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

import javax.naming.NamingException;
import javax.naming.Reference;
import java.io.Serializable;

/**
 * The connection factory applications look up or inject with {@code @Resource}: every connection
 * comes from the container's pool through its ConnectionManager. Connections and contexts follow
 * JMS chapter 12 (one session per connection, session parameters ignored in a JTA transaction).
 */
public class SluiceContainerConnectionFactory implements ConnectionFactory, QueueConnectionFactory,
        TopicConnectionFactory, Serializable, jakarta.resource.Referenceable {

    private static final long serialVersionUID = 1L;

    private final SluiceManagedConnectionFactory managedFactory;
    private final ConnectionManager manager;
    private Reference reference;

    SluiceContainerConnectionFactory(SluiceManagedConnectionFactory managedFactory, ConnectionManager manager) {
        this.managedFactory = managedFactory;
        this.manager = manager;
    }

    @Override
    public Connection createConnection() throws JMSException {
        return allocate(ConnectionRequest.CONTAINER_MANAGED);
    }

    /** Application-managed sign-on: the pool hands out only connections of this user. */
    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return allocate(new ConnectionRequest(userName, password));
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return allocate(ConnectionRequest.CONTAINER_MANAGED);
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return allocate(new ConnectionRequest(userName, password));
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return allocate(ConnectionRequest.CONTAINER_MANAGED);
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return allocate(new ConnectionRequest(userName, password));
    }

    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(userName, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return context(new ConnectionRequest(userName, password), sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return context(ConnectionRequest.CONTAINER_MANAGED, sessionMode);
    }

    private JMSContext context(ConnectionRequest request, int sessionMode) {
        if (sessionMode < JMSContext.SESSION_TRANSACTED || sessionMode > JMSContext.DUPS_OK_ACKNOWLEDGE) {
            throw new JMSRuntimeException("invalid session mode " + sessionMode + "; expected SESSION_TRANSACTED (0), "
                    + "AUTO_ACKNOWLEDGE (1), CLIENT_ACKNOWLEDGE (2) or DUPS_OK_ACKNOWLEDGE (3)");
        }
        try {
            return new ContainerJMSContext(allocate(request), sessionMode);
        } catch (JMSSecurityException e) {
            throw new JMSSecurityRuntimeException(e.getMessage(), e.getErrorCode(), e);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private ConnectionHandle allocate(ConnectionRequest request) throws JMSException {
        try {
            return (ConnectionHandle) manager.allocateConnection(managedFactory, request);
        } catch (jakarta.resource.spi.SecurityException e) {
            JMSSecurityException failure = new JMSSecurityException(e.getMessage());
            failure.setLinkedException(e);
            throw failure;
        } catch (ResourceException e) {
            JMSException failure = new JMSException("no Sluice connection from the container's pool: " + e.getMessage());
            failure.setLinkedException(e);
            throw failure;
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() throws NamingException {
        return reference;
    }
}
