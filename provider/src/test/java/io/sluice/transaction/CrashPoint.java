package io.sluice.transaction;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.io.Serializable;

/**
 * A resource of the crash tests that says, in the transaction manager's process, when the transaction reached the
 * point the test kills the process at, and then blocks there so that the SIGKILL lands exactly at that point. Narayana
 * writes it to its log like any serializable resource; the copy read back by recovery is no longer armed and simply
 * completes.
 */
final class CrashPoint implements XAResource, Serializable {
    private static final long serialVersionUID = 1L;
    static final String IN_PREPARE = "crash point: prepare";
    static final String IN_COMMIT = "crash point: commit";

    /** Where to block: in prepare (before the transaction manager logged its decision) or in commit (after). */
    enum Phase { PREPARE, COMMIT }

    private final Phase phase;
    private transient boolean armed = true;

    CrashPoint(Phase phase) {
        this.phase = phase;
    }

    private void reached(Phase now, String line) {
        if (armed && phase == now) {
            System.out.println(line);
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int prepare(Xid xid) {
        reached(Phase.PREPARE, IN_PREPARE);
        return XA_OK;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) {
        reached(Phase.COMMIT, IN_COMMIT);
    }

    @Override
    public void rollback(Xid xid) {
    }

    @Override
    public void start(Xid xid, int flags) {
    }

    @Override
    public void end(Xid xid, int flags) {
    }

    @Override
    public void forget(Xid xid) {
    }

    @Override
    public Xid[] recover(int flag) {
        return new Xid[0];
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        return false;
    }
}
