package io.sluice.ra;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;

import javax.transaction.xa.XAResource;

/**
 * The session one delivery worker consumes with. With XA its XAResource is handed to the
 * container with the endpoint, so the container's transaction commits or rolls back the
 * consumption; otherwise it is a transacted session the worker commits or rolls back itself
 * when the container's transaction completes.
 */
record DeliverySession(Session session, XAResource xaResource) {

    static DeliverySession open(Connection connection, boolean xa) throws JMSException {
        if (xa) {
            XASession xaSession = ((XAConnection) connection).createXASession();
            return new DeliverySession(xaSession.getSession(), xaSession.getXAResource());
        }
        return new DeliverySession(connection.createSession(Session.SESSION_TRANSACTED), null);
    }

    boolean isXa() {
        return xaResource != null;
    }
}
