package io.sluice.ra;

import io.sluice.client.ConnectionUrl;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.CommException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import jakarta.resource.spi.SecurityException;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One pooled physical connection to the broker. Applications see it through {@link ConnectionHandle}s.
 * Work inside a container transaction goes through one long-lived session bound to that
 * transaction (the XA session, or the transacted session of the {@link LocalTransaction}); work
 * outside a transaction gets a session of its own, closed with the handle's session.
 */
final class SluiceManagedConnection implements ManagedConnection {

    private final SluiceManagedConnectionFactory factory;
    private final Credentials credentials;
    private final Connection physical;
    /** The session of the container's global transactions: its XAResource is the one the container enlists. */
    private final XASession xaSession;
    private final ManagedLocalTransaction localTransaction;
    private final Set<ConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private volatile PrintWriter logWriter;
    private volatile boolean destroyed;

    private SluiceManagedConnection(SluiceManagedConnectionFactory factory, Credentials credentials,
                                    Connection physical, XASession xaSession) {
        this.factory = factory;
        this.credentials = credentials;
        this.physical = physical;
        this.xaSession = xaSession;
        this.localTransaction = new ManagedLocalTransaction(physical);
    }

    static SluiceManagedConnection open(SluiceManagedConnectionFactory factory, Credentials credentials)
            throws ResourceException {
        String url;
        try {
            url = factory.url();
            ConnectionUrl.parse(url);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidPropertyException("Sluice connection factory: ConnectionURL: " + e.getMessage(), e);
        }
        XAConnection connection = null;
        try {
            connection = ProviderFactories.factory(url).createXAConnection(credentials.user(), credentials.password());
            XASession xaSession = connection.createXASession();
            SluiceManagedConnection managed = new SluiceManagedConnection(factory, credentials, connection, xaSession);
            connection.setExceptionListener(managed::connectionFailed);
            // started once: in a container the application may not stop it, so start() is never missed
            connection.start();
            return managed;
        } catch (JMSSecurityException e) {
            closeQuietly(connection);
            throw new SecurityException("Sluice refused user " + credentials.user() + ": " + e.getMessage(), e);
        } catch (JMSException e) {
            closeQuietly(connection);
            throw new CommException("Sluice connection to " + url + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    SluiceManagedConnectionFactory factory() {
        return factory;
    }

    Credentials credentials() {
        return credentials;
    }

    Connection physical() {
        return physical;
    }

    /**
     * The session for a handle: the transaction's session while the container has this connection
     * in a transaction (the application's parameters are then ignored, JMS 12.3), else a new one.
     */
    SessionUse sessionFor(boolean transacted, int acknowledgeMode) throws JMSException {
        if (localTransaction.isActive()) {
            return SessionUse.transactional(localTransaction.session());
        }
        if (factory.transactionState().inTransaction()) {
            return SessionUse.transactional(xaSession.getSession());
        }
        return SessionUse.own(physical.createSession(OutsideTransaction.sessionMode(transacted, acknowledgeMode)));
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo requestInfo) throws ResourceException {
        checkNotDestroyed();
        Credentials requested = Credentials.resolve(factory, factory.getUserName(), factory.getPassword(), subject,
                requestInfo);
        if (!requested.sameUser(credentials)) {
            throw new SecurityException("this Sluice connection belongs to user " + credentials.user()
                    + " and cannot be re-authenticated as " + requested.user());
        }
        ConnectionHandle handle = new ConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        checkNotDestroyed();
        if (!(connection instanceof ConnectionHandle handle)) {
            throw new ResourceException("not a Sluice connection handle: " + connection);
        }
        handle.owner().handles.remove(handle);
        handle.associate(this);
        handles.add(handle);
    }

    void handleClosed(ConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    private void connectionFailed(JMSException failure) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, failure);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionErrorOccurred(event);
        }
    }

    /** Back to the pool: handles still open are invalidated, the transaction's session is kept for reuse. */
    @Override
    public void cleanup() throws ResourceException {
        checkNotDestroyed();
        for (ConnectionHandle handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() throws ResourceException {
        if (destroyed) {
            return;
        }
        destroyed = true;
        for (ConnectionHandle handle : handles) {
            handle.invalidate();
        }
        handles.clear();
        try {
            physical.close();
        } catch (JMSException e) {
            throw new ResourceException("closing the Sluice connection failed: " + e.getMessage(), e);
        }
    }

    private void checkNotDestroyed() throws ResourceException {
        if (destroyed) {
            throw new jakarta.resource.spi.IllegalStateException("this Sluice managed connection is destroyed");
        }
    }

    @Override
    public XAResource getXAResource() {
        return xaSession.getXAResource();
    }

    @Override
    public LocalTransaction getLocalTransaction() {
        return localTransaction;
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ManagedConnectionMetaData getMetaData() throws ResourceException {
        try {
            return new SluiceConnectionMetaData(physical.getMetaData(), credentials.user());
        } catch (JMSException e) {
            throw new ResourceException(e.getMessage(), e);
        }
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** A session handed to a handle, and whether it belongs to the handle or to the transaction. */
    record SessionUse(Session session, boolean transactional) {
        static SessionUse transactional(Session session) {
            return new SessionUse(session, true);
        }

        static SessionUse own(Session session) {
            return new SessionUse(session, false);
        }
    }
}
