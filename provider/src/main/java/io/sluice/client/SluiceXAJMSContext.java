package io.sluice.client;

import jakarta.jms.JMSContext;
import jakarta.jms.Session;
import jakarta.jms.XAJMSContext;

import javax.transaction.xa.XAResource;

/** A JMSContext on an XA session: its work belongs to the global transaction of its XAResource. */
public final class SluiceXAJMSContext extends SluiceJMSContext implements XAJMSContext {

    SluiceXAJMSContext(SluiceXAConnection connection) {
        super(new SharedConnection(connection), Session.SESSION_TRANSACTED,
                (opened, mode) -> ((SluiceXAConnection) opened).createXASession(SluiceSession.Domain.ANY));
    }

    @Override
    public JMSContext getContext() {
        session();
        return this;
    }

    @Override
    public XAResource getXAResource() {
        return ((SluiceXASession) session()).getXAResource();
    }
}
