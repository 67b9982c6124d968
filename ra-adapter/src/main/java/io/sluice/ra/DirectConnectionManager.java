package io.sluice.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;

/**
 * The connection manager of a non-managed environment (Connectors 6.5.3.2): every request opens a
 * physical connection and closing the handle destroys it. There is no pool and no transaction.
 */
final class DirectConnectionManager implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo requestInfo)
            throws ResourceException {
        ManagedConnection connection = factory.createManagedConnection(null, requestInfo);
        connection.addConnectionEventListener(new DestroyOnClose());
        return connection.getConnection(null, requestInfo);
    }

    private static final class DestroyOnClose implements ConnectionEventListener {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            ManagedConnection connection = (ManagedConnection) event.getSource();
            try {
                connection.destroy();
            } catch (ResourceException ignored) {
                // the physical connection is gone either way
            }
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            connectionClosed(event);
        }
    }
}
