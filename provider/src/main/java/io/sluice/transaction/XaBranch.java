package io.sluice.transaction;

import io.sluice.engine.TransactionAck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/** One XA branch on the broker between start and prepare (or its one-phase end); guarded by its table. */
final class XaBranch {
    final String id;
    /** Sessions working in the branch now (start, TMJOIN and TMRESUME add one; end takes one away). */
    int active = 1;
    /** Associations suspended by end(TMSUSPEND), waiting for TMRESUME. */
    int suspended;
    /** An association ended with TMFAIL: the branch can only roll back. */
    boolean rollbackOnly;
    /** Not prepared within its timeout: the broker rolled it back. */
    boolean timedOut;
    /** Being prepared or committed: nothing else may touch it. */
    boolean ending;
    final List<TransactionAck> acks = new ArrayList<>();
    ScheduledFuture<?> timeout;

    XaBranch(String id) {
        this.id = id;
    }

    boolean idle() {
        return active == 0 && suspended == 0;
    }

    String describe() {
        return active + " active and " + suspended + " suspended association(s)" + (rollbackOnly ? ", rollback-only" : "")
                + (timedOut ? ", timed out" : "") + (ending ? ", ending" : "");
    }
}
