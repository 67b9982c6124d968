package io.sluice.transaction;

import io.sluice.engine.TransactionAck;
import io.sluice.engine.Transactions;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The broker's XA branches. Until prepare a branch lives here (its state, the sessions associated with it, what it
 * consumed) and its messages are half messages of the engine transaction named after its Xid ({@link XidNames});
 * prepare hands it to the engine, which makes it durable, and from then on the engine alone knows it (so recover
 * lists it after a restart). A branch not prepared within its timeout is rolled back here. Every refusal is an
 * XAException with the code the XA specification gives it. Thread-safe; the asynchronous results fail with an
 * XAException.
 */
public final class XaTransactions implements AutoCloseable {
    /** The timeout of a branch whose resource did not set one: a crashed client's branch does not stay forever. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 300;
    private static final System.Logger LOG = System.getLogger(XaTransactions.class.getName());

    private final Transactions engine;
    private final Map<String, XaBranch> branches = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sluice-xa-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    public XaTransactions(Transactions engine) {
        this.engine = engine;
    }

    /** @param timeoutSeconds 0 for the default; applies to a new branch only */
    public synchronized void start(Xid xid, int flags, int timeoutSeconds) throws XAException {
        String id = XidNames.engineId(xid);
        XaBranch branch = branches.get(id);
        switch (flags) {
            case XAResource.TMNOFLAGS -> {
                if (branch != null || engine.isPrepared(id)) {
                    throw XaErrors.of(XAException.XAER_DUPID, "branch " + xid + " exists already");
                }
                XaBranch started = new XaBranch(id);
                int seconds = timeoutSeconds > 0 ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
                started.timeout = timer.schedule(() -> timedOut(started), seconds, TimeUnit.SECONDS);
                branches.put(id, started);
            }
            case XAResource.TMJOIN -> {
                requireUsable(xid, branch, id);
                branch.active++;
            }
            case XAResource.TMRESUME -> {
                requireUsable(xid, branch, id);
                if (branch.suspended == 0) {
                    throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " has no suspended association: "
                            + branch.describe());
                }
                branch.suspended--;
                branch.active++;
            }
            default -> throw XaErrors.of(XAException.XAER_INVAL, "start takes TMNOFLAGS, TMJOIN or TMRESUME, not "
                    + flags);
        }
    }

    /** Whether a session associated with the branch may send in it now. */
    public synchronized void requireActive(String engineId) throws XAException {
        XaBranch branch = branches.get(engineId);
        if (branch == null || branch.active == 0 || branch.ending || branch.timedOut) {
            throw XaErrors.of(branch != null && branch.timedOut ? XAException.XA_RBTIMEOUT : XAException.XAER_PROTO,
                    "transaction branch " + engineId + " is not active");
        }
    }

    /** Ends one association; what the session consumed in it is acknowledged when the branch commits. */
    public synchronized void end(Xid xid, int flags, List<TransactionAck> consumed) throws XAException {
        String id = XidNames.engineId(xid);
        XaBranch branch = branches.get(id);
        if (branch == null) {
            throw XaErrors.of(engine.isPrepared(id) ? XAException.XAER_PROTO : XAException.XAER_NOTA,
                    "branch " + xid + " is not associated");
        }
        if (branch.timedOut) {
            engine.rollback(id, consumed);
            throw XaErrors.of(XAException.XA_RBTIMEOUT, "branch " + xid + " timed out and was rolled back");
        }
        if (flags != XAResource.TMSUCCESS && flags != XAResource.TMFAIL && flags != XAResource.TMSUSPEND) {
            throw XaErrors.of(XAException.XAER_INVAL, "end takes TMSUCCESS, TMFAIL or TMSUSPEND, not " + flags);
        }
        if (branch.ending) {
            throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " is being prepared or committed");
        }
        if (branch.active > 0) {
            branch.active--;
        } else if (branch.suspended > 0 && flags != XAResource.TMSUSPEND) {
            branch.suspended--; // a suspended association may be ended without being resumed
        } else {
            throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " has no association to end: "
                    + branch.describe());
        }
        branch.acks.addAll(consumed);
        if (flags == XAResource.TMSUSPEND) {
            branch.suspended++;
        } else if (flags == XAResource.TMFAIL) {
            branch.rollbackOnly = true;
        }
    }

    /** Completes with XA_OK or XA_RDONLY (the branch did nothing and is over). */
    public CompletableFuture<Integer> prepare(Xid xid) {
        XaBranch branch;
        try {
            branch = takeForEnd(xid, false);
        } catch (XAException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (branch == null) {
            return CompletableFuture.failedFuture(XaErrors.of(XAException.XAER_PROTO, "branch " + xid
                    + " is prepared already"));
        }
        return engine.prepare(branch.id, branch.acks).handle((wrote, failure) -> {
            synchronized (this) {
                branches.remove(branch.id);
            }
            if (failure != null) {
                engine.rollback(branch.id, List.of());
                throw new java.util.concurrent.CompletionException(XaErrors.of(XAException.XA_RBROLLBACK,
                        "prepare of " + xid + " failed, the branch was rolled back: " + failure));
            }
            return wrote ? XAResource.XA_OK : XAResource.XA_RDONLY;
        });
    }

    public CompletableFuture<Void> commit(Xid xid, boolean onePhase) {
        String id = XidNames.engineId(xid);
        if (engine.isPrepared(id)) {
            if (onePhase) {
                return CompletableFuture.failedFuture(XaErrors.of(XAException.XAER_PROTO, "branch " + xid
                        + " is prepared: commit it in two phases"));
            }
            // a failure leaves it prepared: the transaction manager retries
            return engine.commit(id, List.of()).handle((done, failure) -> {
                if (failure != null) {
                    throw new java.util.concurrent.CompletionException(XaErrors.unwrap(failure));
                }
                return null;
            });
        }
        XaBranch branch;
        try {
            if (!onePhase) {
                synchronized (this) {
                    throw XaErrors.of(branches.containsKey(id) ? XAException.XAER_PROTO : XAException.XAER_NOTA,
                            "branch " + xid + " is not prepared: commit it in one phase");
                }
            }
            branch = takeForEnd(xid, true);
        } catch (XAException e) {
            return CompletableFuture.failedFuture(e);
        }
        return engine.commit(id, branch.acks).handle((done, failure) -> {
            synchronized (this) {
                branches.remove(id);
            }
            if (failure != null) {
                engine.rollback(id, branch.acks);
                throw new java.util.concurrent.CompletionException(XaErrors.of(XAException.XA_RBROLLBACK,
                        "one-phase commit of " + xid + " failed, the branch was rolled back: " + failure));
            }
            return null;
        });
    }

    public CompletableFuture<Void> rollback(Xid xid) {
        String id = XidNames.engineId(xid);
        if (engine.isPrepared(id)) {
            return engine.rollback(id, List.of()).handle((done, failure) -> {
                if (failure != null) {
                    throw new java.util.concurrent.CompletionException(XaErrors.unwrap(failure));
                }
                return null;
            });
        }
        List<TransactionAck> acks;
        synchronized (this) {
            XaBranch branch = branches.get(id);
            if (branch == null) {
                return CompletableFuture.failedFuture(XaErrors.of(XAException.XAER_NOTA, "no branch " + xid));
            }
            if (branch.ending) {
                return CompletableFuture.failedFuture(XaErrors.of(XAException.XAER_PROTO, "branch " + xid
                        + " is being prepared or committed"));
            }
            branches.remove(id);
            branch.timeout.cancel(false);
            if (branch.timedOut) {
                return CompletableFuture.completedFuture(null); // rolled back when it timed out
            }
            acks = branch.acks;
        }
        return engine.rollback(id, acks);
    }

    /** The prepared branches, in-doubt until their transaction manager commits or rolls them back. */
    public List<Xid> recover() {
        List<Xid> xids = new ArrayList<>();
        for (String id : engine.prepared()) {
            XidNames.xidOf(id).ifPresent(xids::add);
        }
        return xids;
    }

    /** Sluice never decides a branch heuristically, so it has nothing to forget. */
    public synchronized void forget(Xid xid) throws XAException {
        String id = XidNames.engineId(xid);
        if (branches.containsKey(id) || engine.isPrepared(id)) {
            throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " was not completed heuristically");
        }
        throw XaErrors.of(XAException.XAER_NOTA, "no heuristically completed branch " + xid);
    }

    /**
     * Takes an ended branch for prepare or commit, so that neither its timeout nor another call can interfere;
     * a branch marked rollback-only or timed out is rolled back instead. Null when the engine has it prepared.
     */
    private synchronized XaBranch takeForEnd(Xid xid, boolean forCommit) throws XAException {
        String id = XidNames.engineId(xid);
        XaBranch branch = branches.get(id);
        if (branch == null) {
            if (engine.isPrepared(id) && !forCommit) {
                return null;
            }
            throw XaErrors.of(XAException.XAER_NOTA, "no branch " + xid);
        }
        if (branch.rollbackOnly || branch.timedOut) {
            branches.remove(id);
            branch.timeout.cancel(false);
            if (branch.timedOut) {
                throw XaErrors.of(XAException.XA_RBTIMEOUT, "branch " + xid + " timed out and was rolled back");
            }
            engine.rollback(id, branch.acks);
            throw XaErrors.of(XAException.XA_RBROLLBACK, "branch " + xid + " was marked rollback-only (TMFAIL)"
                    + " and is rolled back");
        }
        if (!branch.idle() || branch.ending) {
            throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " has " + branch.describe()
                    + ": end every association first");
        }
        branch.ending = true;
        branch.timeout.cancel(false);
        return branch;
    }

    private void requireUsable(Xid xid, XaBranch branch, String id) throws XAException {
        if (branch == null) {
            throw XaErrors.of(engine.isPrepared(id) ? XAException.XAER_PROTO : XAException.XAER_NOTA,
                    "no branch " + xid + " to join or resume");
        }
        if (branch.rollbackOnly) {
            throw XaErrors.of(XAException.XA_RBROLLBACK, "branch " + xid + " is rollback-only");
        }
        if (branch.timedOut) {
            throw XaErrors.of(XAException.XA_RBTIMEOUT, "branch " + xid + " timed out");
        }
        if (branch.ending) {
            throw XaErrors.of(XAException.XAER_PROTO, "branch " + xid + " is being prepared or committed");
        }
    }

    private void timedOut(XaBranch branch) {
        List<TransactionAck> acks;
        synchronized (this) {
            if (branches.get(branch.id) != branch || branch.ending) {
                return;
            }
            branch.timedOut = true;
            acks = List.copyOf(branch.acks);
            branch.acks.clear();
        }
        LOG.log(System.Logger.Level.INFO, "rolling back XA branch " + branch.id + ": not prepared within its timeout");
        engine.rollback(branch.id, acks);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
