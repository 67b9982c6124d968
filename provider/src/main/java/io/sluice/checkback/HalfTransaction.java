package io.sluice.checkback;

import java.util.concurrent.CompletableFuture;

/** The broker's state of one undecided check-back transaction. Guarded by {@link CheckBacks}. */
final class HalfTransaction {
    final String id;
    final String producerGroup;
    /** The producer that sent it, asked first; null after a restart. */
    CheckHandler origin;
    long nextCheckAtMillis;
    int checks;
    /** The number of the latest check: only its answer (or the producer's own end) may decide. */
    long epoch;
    boolean inDoubt;
    /** Set once a decision is being applied: any other decision gets this outcome instead. */
    CompletableFuture<Outcome> ending;

    HalfTransaction(String id, CheckHandler origin, long nextCheckAtMillis) {
        this.id = id;
        this.producerGroup = CheckBackNames.producerGroup(id);
        this.origin = origin;
        this.nextCheckAtMillis = nextCheckAtMillis;
    }
}
