package io.sluice.client;

import io.sluice.client.transport.BrokerSession;
import io.sluice.transaction.XidNames;
import jakarta.jms.JMSException;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TopicSession;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.XAQueueSession;
import jakarta.jms.XASession;
import jakarta.jms.XATopicSession;

import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * A session whose work belongs to the global transaction its {@link SluiceXAResource} is associated with: sends are
 * half messages of that branch and what it consumes is acknowledged when the branch commits. Outside a global
 * transaction it sends and acknowledges as an AUTO_ACKNOWLEDGE session does. The transaction manager, not the
 * application, ends its transactions, so commit and rollback are refused.
 */
public class SluiceXASession extends SluiceSession implements XASession, XAQueueSession, XATopicSession {

    private final SluiceXAResource resource;

    SluiceXASession(SluiceXAConnection connection, BrokerSession broker, Domain domain) {
        super(connection, broker, Session.SESSION_TRANSACTED, domain);
        this.resource = new SluiceXAResource(this, connection.broker().xa());
    }

    @Override
    int mode() {
        return resource.associatedXid() != null ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE;
    }

    @Override
    String transactionForSend() {
        Xid xid = resource.associatedXid();
        return xid == null ? null : XidNames.engineId(xid);
    }

    @Override
    public XAResource getXAResource() {
        return resource;
    }

    @Override
    public Session getSession() throws JMSException {
        checkOpen();
        return this;
    }

    @Override
    public QueueSession getQueueSession() throws JMSException {
        checkOpen();
        return this;
    }

    @Override
    public TopicSession getTopicSession() throws JMSException {
        checkOpen();
        return this;
    }

    @Override
    public boolean getTransacted() throws JMSException {
        checkOpen();
        return true;
    }

    @Override
    public void commit() throws JMSException {
        checkOpen();
        throw new TransactionInProgressException("an XA session's transactions are committed by the transaction"
                + " manager through its XAResource");
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        throw new TransactionInProgressException("an XA session's transactions are rolled back by the transaction"
                + " manager through its XAResource");
    }
}
