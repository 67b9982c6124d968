package io.sluice.engine;

import io.sluice.store.TransactionEntries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The engine's state of one transaction between its first half message and its end; guarded by its table. */
final class OpenTransaction {
    final String id;
    /** No record of the transaction lies below this log position: retention and recovery keep it. */
    long lowestPosition;
    final List<TransactionEntries.Entry> halves = new ArrayList<>();
    final List<CompletableFuture<?>> halvesInProgress = new ArrayList<>();
    boolean prepared;
    /** Set at prepare (or read back from TX_PREPARE at recovery): the held messages commit consumes. */
    List<AckRef> preparedAcks = List.of();
    /** Set once commit or rollback began: no more sends, no second end. */
    boolean ending;

    OpenTransaction(String id, long lowestPosition) {
        this.id = id;
        this.lowestPosition = lowestPosition;
    }

    List<TransactionEntries.Entry> halvesInLogOrder() {
        List<TransactionEntries.Entry> sorted = new ArrayList<>(halves);
        sorted.sort(Comparator.comparingLong(TransactionEntries.Entry::position));
        return sorted;
    }
}
