package io.sluice.ra;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;

import javax.transaction.xa.XAResource;

/**
 * The session one delivery worker consumes with. For a bean whose delivery is transacted it is an
 * XA session, whose XAResource is handed to the container with the endpoint, so the container's
 * transaction commits or rolls back the consumption with the bean's other work; otherwise it is a
 * locally transacted session the worker commits when onMessage returns and rolls back when it throws.
 */
record DeliverySession(Session session, XAResource xaResource) {

    static DeliverySession open(XAConnection connection, boolean xa) throws JMSException {
        if (xa) {
            XASession xaSession = connection.createXASession();
            return new DeliverySession(xaSession.getSession(), xaSession.getXAResource());
        }
        return new DeliverySession(connection.createSession(Session.SESSION_TRANSACTED), null);
    }

    boolean isXa() {
        return xaResource != null;
    }
}
