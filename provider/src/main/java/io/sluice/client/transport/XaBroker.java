package io.sluice.client.transport;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;
import java.util.List;

/**
 * The client's view of the broker's XA branches, whatever carries it. Every refusal is an XAException with the code
 * the XA specification gives it; a lost connection is XAER_RMFAIL.
 */
public interface XaBroker {

    /** @param timeoutSeconds 0 for the broker's default; used by a new branch (TMNOFLAGS) only */
    void start(Xid xid, int flags, int timeoutSeconds) throws XAException;

    /** Ends one association; {@code consumed} is acknowledged when the branch commits, given back if it rolls back. */
    void end(Xid xid, int flags, List<ConsumedInTransaction> consumed) throws XAException;

    /** XA_OK, or XA_RDONLY when the branch did nothing (it is then over). */
    int prepare(Xid xid) throws XAException;

    void commit(Xid xid, boolean onePhase) throws XAException;

    void rollback(Xid xid) throws XAException;

    /** The prepared branches of the broker. */
    List<Xid> recover() throws XAException;

    void forget(Xid xid) throws XAException;

    /** The same for every connection to one broker, different for another broker. */
    String resourceManagerId() throws XAException;
}
