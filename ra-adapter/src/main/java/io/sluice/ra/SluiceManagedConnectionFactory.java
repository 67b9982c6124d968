package io.sluice.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import javax.security.auth.Subject;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;

/**
 * Outbound connections: the container pools the {@link SluiceManagedConnection}s this factory
 * creates and hands applications {@link SluiceContainerConnectionFactory} handles over them.
 * Without a resource adapter (a plain Java SE program) the factory works too, with its own URL and
 * an unpooled {@link DirectConnectionManager}.
 */
public class SluiceManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private String connectionURL;
    private String userName;
    private String password;
    private transient SluiceResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new SluiceContainerConnectionFactory(this, manager);
    }

    @Override
    public Object createConnectionFactory() {
        return new SluiceContainerConnectionFactory(this, new DirectConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo requestInfo)
            throws ResourceException {
        Credentials credentials = Credentials.resolve(this, userName, password, subject, requestInfo);
        return SluiceManagedConnection.open(this, credentials);
    }

    /** Any idle connection of the same user will do: connections carry no other per-request state. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo requestInfo) {
        Credentials wanted = Credentials.resolve(this, userName, password, subject, requestInfo);
        for (Object candidate : candidates) {
            if (candidate instanceof SluiceManagedConnection connection && connection.factory() == this
                    && connection.credentials().sameUser(wanted)) {
                return connection;
            }
        }
        return null;
    }

    /** The URL connections use: this factory's own, else its resource adapter's. */
    String url() {
        if (connectionURL != null && !connectionURL.isBlank()) {
            return connectionURL.trim();
        }
        if (resourceAdapter != null) {
            return resourceAdapter.effectiveUrl();
        }
        throw new IllegalStateException("a Sluice managed connection factory outside a resource adapter needs a ConnectionURL");
    }

    TransactionState transactionState() {
        return resourceAdapter == null ? TransactionState.none() : resourceAdapter.transactionState();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SluiceResourceAdapter sluice)) {
            throw new InvalidPropertyException("a Sluice connection factory belongs to a Sluice resource adapter, not "
                    + (adapter == null ? "null" : adapter.getClass().getName()));
        }
        this.resourceAdapter = sluice;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    public String getConnectionURL() {
        return connectionURL;
    }

    public void setConnectionURL(String connectionURL) {
        this.connectionURL = connectionURL;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    // Connectors 5.3.1: a managed connection factory is a JavaBean compared by its configuration.
    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceManagedConnectionFactory other && Objects.equals(connectionURL, other.connectionURL)
                && Objects.equals(userName, other.userName) && Objects.equals(password, other.password)
                && other.resourceAdapter == resourceAdapter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectionURL, userName);
    }
}
