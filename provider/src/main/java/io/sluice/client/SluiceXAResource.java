package io.sluice.client;

import io.sluice.client.transport.XaBroker;
import io.sluice.transaction.SluiceXid;
import io.sluice.transaction.XaErrors;
import jakarta.jms.JMSException;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.util.List;

/**
 * The XAResource of one XA session. start and end associate the session with a branch (sends become its half
 * messages, what the session consumes is handed to the branch at end); prepare, commit, rollback, recover and
 * forget act on any branch of the broker, as a transaction manager recovering after a crash expects of a resource
 * made on a fresh connection.
 */
public final class SluiceXAResource implements XAResource {

    private final SluiceXASession session;
    private final XaBroker broker;
    private volatile Xid associated;
    private volatile int timeoutSeconds;

    SluiceXAResource(SluiceXASession session, XaBroker broker) {
        this.session = session;
        this.broker = broker;
    }

    /** The branch the session works in now, null outside a global transaction. */
    Xid associatedXid() {
        return associated;
    }

    @Override
    public synchronized void start(Xid xid, int flags) throws XAException {
        requireXid(xid);
        if (associated != null) {
            throw XaErrors.of(XAException.XAER_PROTO, "the session is already associated with branch " + associated);
        }
        requireSessionOpen();
        Xid own = SluiceXid.of(xid);
        broker.start(own, flags, timeoutSeconds);
        associated = own;
    }

    @Override
    public synchronized void end(Xid xid, int flags) throws XAException {
        requireXid(xid);
        Xid own = SluiceXid.of(xid);
        if (!own.equals(associated)) {
            throw XaErrors.of(XAException.XAER_PROTO, "the session is not associated with branch " + own);
        }
        // asynchronous sends made in the branch are written before it ends
        session.completions().awaitIdle();
        try {
            session.acknowledgements().commit(consumed -> endOnBroker(own, flags, consumed));
        } catch (JMSException e) {
            throw XaErrors.unwrap(e.getCause() != null ? e.getCause() : e);
        } finally {
            associated = null;
        }
    }

    private void endOnBroker(Xid xid, int flags, List<io.sluice.client.transport.ConsumedInTransaction> consumed)
            throws JMSException {
        try {
            broker.end(xid, flags, consumed);
        } catch (XAException e) {
            JMSException wrapped = new JMSException(e.getMessage());
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        requireXid(xid);
        return broker.prepare(SluiceXid.of(xid));
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        requireXid(xid);
        broker.commit(SluiceXid.of(xid), onePhase);
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        requireXid(xid);
        broker.rollback(SluiceXid.of(xid));
    }

    /** The prepared branches once per scan: on TMSTARTRSCAN; a continued or ending scan has nothing more. */
    @Override
    public Xid[] recover(int flag) throws XAException {
        if ((flag & ~(TMSTARTRSCAN | TMENDRSCAN)) != 0) {
            throw XaErrors.of(XAException.XAER_INVAL, "recover takes TMSTARTRSCAN, TMENDRSCAN or TMNOFLAGS, not " + flag);
        }
        if ((flag & TMSTARTRSCAN) == 0) {
            return new Xid[0];
        }
        return broker.recover().toArray(Xid[]::new);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        requireXid(xid);
        broker.forget(SluiceXid.of(xid));
    }

    /** The same broker, reached by any connection or transport, is the same resource manager. */
    @Override
    public boolean isSameRM(XAResource other) throws XAException {
        return other instanceof SluiceXAResource sluice
                && broker.resourceManagerId().equals(sluice.broker.resourceManagerId());
    }

    @Override
    public int getTransactionTimeout() {
        return timeoutSeconds;
    }

    /** Applies to the branches this resource starts from now on; 0 restores the broker's default. */
    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        if (seconds < 0) {
            throw XaErrors.of(XAException.XAER_INVAL, "a transaction timeout cannot be negative: " + seconds);
        }
        timeoutSeconds = seconds;
        return true;
    }

    private static void requireXid(Xid xid) throws XAException {
        if (xid == null) {
            throw XaErrors.of(XAException.XAER_INVAL, "the Xid is null");
        }
    }

    private void requireSessionOpen() throws XAException {
        if (session.isClosed()) {
            throw XaErrors.of(XAException.XAER_RMFAIL, "the XA session is closed");
        }
    }
}
