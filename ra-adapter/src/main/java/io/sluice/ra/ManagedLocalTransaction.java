package io.sluice.ra;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.LocalTransactionException;

/**
 * The container's local transaction on a managed connection: a transacted session of the physical
 * connection, created on the first begin and reused by later transactions.
 */
final class ManagedLocalTransaction implements LocalTransaction {

    private final Connection physical;
    private Session session;
    private boolean active;

    ManagedLocalTransaction(Connection physical) {
        this.physical = physical;
    }

    synchronized boolean isActive() {
        return active;
    }

    synchronized Session session() {
        return session;
    }

    @Override
    public synchronized void begin() throws ResourceException {
        if (active) {
            throw new LocalTransactionException("a local transaction is already active on this Sluice connection");
        }
        try {
            if (session == null) {
                session = physical.createSession(Session.SESSION_TRANSACTED);
            }
        } catch (JMSException e) {
            throw new LocalTransactionException("could not begin a Sluice local transaction: " + e.getMessage(), e);
        }
        active = true;
    }

    @Override
    public synchronized void commit() throws ResourceException {
        requireActive("commit");
        try {
            session.commit();
        } catch (JMSException e) {
            throw new LocalTransactionException("the Sluice local transaction did not commit: " + e.getMessage(), e);
        } finally {
            active = false;
        }
    }

    @Override
    public synchronized void rollback() throws ResourceException {
        requireActive("roll back");
        try {
            session.rollback();
        } catch (JMSException e) {
            throw new LocalTransactionException("the Sluice local transaction did not roll back: " + e.getMessage(), e);
        } finally {
            active = false;
        }
    }

    private void requireActive(String what) throws LocalTransactionException {
        if (!active) {
            throw new LocalTransactionException("no local transaction to " + what + " on this Sluice connection");
        }
    }
}
