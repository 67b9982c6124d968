package io.sluice.engine;

import io.sluice.store.AppendResult;
import io.sluice.store.CommitLog;
import io.sluice.store.Dispatcher;
import io.sluice.store.LogRecord;
import io.sluice.store.RecordType;
import io.sluice.store.TransactionEntries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's transactions, on half messages. A transactional send appends a HALF_MESSAGE record that no consumer
 * sees; {@link #commit} appends one TX_COMMIT record listing the transaction's half messages (the store indexes them
 * when it indexes that record, so they become visible together, across topics) and its acknowledgements, which are
 * applied once it is durable; {@link #rollback} appends TX_ROLLBACK and the half messages stay unindexed for good.
 * {@link #prepare} appends TX_PREPARE with the acknowledgements: from then on the transaction survives a crash.
 * At recovery a transaction without an end record is rolled back unless it was prepared; a prepared one is kept,
 * and the messages it acknowledges are held back from delivery until it ends. Thread-safe.
 */
public final class Transactions {
    private static final System.Logger LOG = System.getLogger(Transactions.class.getName());

    private final CommitLog log;
    private final GroupRegistry groups;
    private final Map<String, OpenTransaction> open = new LinkedHashMap<>();
    private Dispatcher dispatcher;

    Transactions(CommitLog log, GroupRegistry groups) {
        this.log = log;
        this.groups = groups;
    }

    void dispatcher(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Appends a half message of the transaction (opened by its first send). Not fsynced: its end record is. */
    CompletableFuture<SendReceipt> appendHalf(String transactionId, String topic, int queue, EngineMessage message) {
        OpenTransaction transaction;
        CompletableFuture<AppendResult> appending;
        CompletableFuture<SendReceipt> registered;
        synchronized (this) {
            transaction = open.computeIfAbsent(requireId(transactionId),
                    id -> new OpenTransaction(id, log.writePosition()));
            if (transaction.ending || transaction.prepared) {
                return CompletableFuture.failedFuture(new IllegalStateException("transaction " + transactionId
                        + " is " + (transaction.prepared ? "prepared" : "ending") + ": it takes no more messages"));
            }
            try {
                appending = log.appendWithoutFsyncWait(RecordCodec.half(topic, queue, message,
                        System.currentTimeMillis(), transactionId));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            // the entry is registered before the returned future completes, and a commit waits for that future;
            // it is listed as in progress before any commit can look
            registered = appending.handle((appended, error) -> {
                synchronized (this) {
                    if (error == null) {
                        transaction.halves.add(new TransactionEntries.Entry(appended.position(), appended.size(),
                                topic, queue, message.filterHash(), -1));
                    }
                }
                if (error != null) {
                    throw new java.util.concurrent.CompletionException(MessageAppender.translate(error));
                }
                return new SendReceipt(topic, queue, appended.position());
            });
            transaction.halvesInProgress.add(registered);
        }
        registered.whenComplete((receipt, error) -> {
            synchronized (this) {
                transaction.halvesInProgress.remove(registered);
            }
        });
        return registered;
    }

    /**
     * Makes the transaction's half messages and acknowledgements durable with a TX_PREPARE record; completes with
     * false, writing nothing, when the transaction did nothing (XA_RDONLY). The acknowledged deliveries leave their
     * consumers and are held back from delivery until the transaction ends, whatever becomes of the consumers.
     */
    public CompletableFuture<Boolean> prepare(String transactionId, List<TransactionAck> acks) {
        OpenTransaction transaction;
        synchronized (this) {
            transaction = open.computeIfAbsent(requireId(transactionId), id -> new OpenTransaction(id, log.writePosition()));
            if (transaction.prepared || transaction.ending) {
                return CompletableFuture.failedFuture(new IllegalStateException("transaction " + transactionId
                        + " is already prepared or ending"));
            }
            transaction.ending = true;
        }
        return halvesWritten(transaction).thenCompose(ignored -> {
            List<AckRef> refs;
            synchronized (this) {
                if (transaction.halves.isEmpty() && acks.isEmpty()) {
                    open.remove(transaction.id);
                    return CompletableFuture.completedFuture(false);
                }
                refs = hold(acks);
                transaction.preparedAcks = refs;
            }
            return log.append(RecordCodec.transactionEnd(RecordType.TX_PREPARE, transaction.id, refs, null,
                    System.currentTimeMillis())).thenApply(appended -> {
                synchronized (this) {
                    transaction.prepared = true;
                    transaction.ending = false;
                }
                return true;
            });
        }).whenComplete((done, error) -> {
            if (error != null) {
                List<AckRef> held;
                synchronized (this) {
                    transaction.ending = false;
                    held = transaction.preparedAcks;
                    transaction.preparedAcks = List.of();
                }
                releaseHeld(held);
            }
        });
    }

    /**
     * Commits: one durable TX_COMMIT record makes every half message of the transaction visible and records its
     * acknowledgements ({@code acks} for a transaction that was not prepared, the prepared ones otherwise), which
     * are then applied. Completes when the messages can be received and the acknowledgements are durable.
     */
    public CompletableFuture<Void> commit(String transactionId, List<TransactionAck> acks) {
        OpenTransaction transaction;
        List<AckRef> refs;
        synchronized (this) {
            transaction = open.computeIfAbsent(requireId(transactionId), id -> new OpenTransaction(id, log.writePosition()));
            if (transaction.ending) {
                return CompletableFuture.failedFuture(new IllegalStateException("transaction " + transactionId
                        + " is already ending"));
            }
            if (transaction.prepared) {
                refs = transaction.preparedAcks;
                acks = List.of();
            } else {
                try {
                    refs = describe(acks);
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
            transaction.ending = true;
        }
        List<TransactionAck> handles = acks;
        return halvesWritten(transaction).thenCompose(ignored -> {
            List<TransactionEntries.Entry> halves;
            synchronized (this) {
                halves = transaction.halvesInLogOrder();
            }
            if (halves.isEmpty() && refs.isEmpty()) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            LogRecord record = RecordCodec.transactionEnd(RecordType.TX_COMMIT, transaction.id, refs,
                    TransactionEntries.encode(halves), System.currentTimeMillis());
            return log.append(record)
                    .thenCompose(appended -> dispatcher.whenDispatched(appended.position() + appended.size()))
                    .thenCompose(visible -> applyAcks(refs, handles));
        }).whenComplete((done, error) -> {
            synchronized (this) {
                if (error == null) {
                    open.remove(transaction.id);
                } else {
                    transaction.ending = false;
                }
            }
        });
    }

    /**
     * Rolls back: the half messages are never indexed, and the acknowledged messages are delivered again, with
     * their delivery count raised ({@code acks} for a transaction that was not prepared, the held ones otherwise).
     * The TX_ROLLBACK record is awaited only for a prepared transaction: an unprepared one is rolled back at
     * recovery anyway.
     */
    public CompletableFuture<Void> rollback(String transactionId, List<TransactionAck> acks) {
        OpenTransaction transaction;
        synchronized (this) {
            transaction = open.get(requireId(transactionId));
            if (transaction != null && transaction.ending) {
                return CompletableFuture.failedFuture(new IllegalStateException("transaction " + transactionId
                        + " is already ending"));
            }
            if (transaction != null) {
                transaction.ending = true;
            }
        }
        if (transaction == null || !transaction.prepared) {
            for (TransactionAck ack : acks) {
                ack.deliveryIds().forEach(id -> ack.consumer().release(id, true));
            }
        }
        if (transaction == null) {
            return CompletableFuture.completedFuture(null);
        }
        return halvesWritten(transaction).handle((ignored, error) -> null).thenCompose(ignored -> {
            CompletableFuture<Void> written = writeRollback(transaction);
            return transaction.prepared ? written.thenRun(() -> releaseHeld(transaction.preparedAcks)) : written;
        }).whenComplete((done, error) -> {
            synchronized (this) {
                if (error == null || !transaction.prepared) {
                    open.remove(transaction.id);
                } else {
                    transaction.ending = false;
                }
            }
        });
    }

    /** Prepared transactions, in-doubt after a restart or waiting for their second phase. */
    public synchronized Set<String> prepared() {
        Set<String> ids = new TreeSet<>();
        open.values().stream().filter(t -> t.prepared).forEach(t -> ids.add(t.id));
        return ids;
    }

    public synchronized boolean isPrepared(String transactionId) {
        OpenTransaction transaction = open.get(transactionId);
        return transaction != null && transaction.prepared;
    }

    /** The half messages of an open transaction, read back from the log (empty for an unknown one). */
    public List<EngineMessage> halfMessages(String transactionId) throws java.io.IOException {
        List<TransactionEntries.Entry> halves;
        synchronized (this) {
            OpenTransaction transaction = open.get(transactionId);
            halves = transaction == null ? List.of() : transaction.halvesInLogOrder();
        }
        List<EngineMessage> messages = new ArrayList<>();
        for (TransactionEntries.Entry half : halves) {
            messages.add(RecordCodec.toMessage(log.read(half.position())));
        }
        return messages;
    }

    /** Whether the transaction has written anything (a half message, or a prepare record). */
    public synchronized boolean isOpen(String transactionId) {
        return open.containsKey(transactionId);
    }

    /** No record of a live transaction lies below this position: checkpoints and retention stay below it. */
    synchronized long lowestLivePosition() {
        long lowest = Long.MAX_VALUE;
        for (OpenTransaction transaction : open.values()) {
            lowest = Math.min(lowest, transaction.lowestPosition);
        }
        return lowest;
    }

    // ---- recovery

    /** A transaction record met while replaying the log at recovery. */
    synchronized void recover(long position, int size, LogRecord record) {
        String id = RecordCodec.transactionId(record);
        switch (record.type()) {
            case HALF_MESSAGE -> open.computeIfAbsent(id, key -> new OpenTransaction(key, position)).halves.add(
                    new TransactionEntries.Entry(position, size, record.topic(), record.queueId(),
                            Integer.parseInt(record.properties().getOrDefault("fh", "0")), -1));
            case TX_PREPARE -> {
                OpenTransaction transaction = open.computeIfAbsent(id, key -> new OpenTransaction(key, position));
                transaction.prepared = true;
                transaction.preparedAcks = RecordCodec.transactionAcks(record);
            }
            case TX_COMMIT, TX_ROLLBACK -> open.remove(id);
            default -> {
            }
        }
    }

    /**
     * After the replay: transactions never prepared are rolled back (the application never heard they
     * committed); prepared ones hold back the messages they acknowledge until a transaction manager decides.
     */
    void finishRecovery() {
        List<OpenTransaction> unprepared = new ArrayList<>();
        synchronized (this) {
            for (OpenTransaction transaction : open.values()) {
                if (transaction.prepared) {
                    for (AckRef ack : transaction.preparedAcks) {
                        groupOf(ack).ifPresent(group -> group.holdForTransaction(ack.queueId(), ack.offsets()));
                    }
                } else {
                    unprepared.add(transaction);
                }
            }
            unprepared.forEach(transaction -> open.remove(transaction.id));
        }
        for (OpenTransaction transaction : unprepared) {
            LOG.log(System.Logger.Level.INFO, "rolling back transaction " + transaction.id
                    + ", unfinished and never prepared when the broker stopped");
            writeRollback(transaction);
        }
    }

    // ---- helpers

    private CompletableFuture<Void> writeRollback(OpenTransaction transaction) {
        if (transaction.halves.isEmpty() && !transaction.prepared) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return log.append(RecordCodec.transactionEnd(RecordType.TX_ROLLBACK, transaction.id, List.of(), null,
                    System.currentTimeMillis())).thenApply(appended -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> halvesWritten(OpenTransaction transaction) {
        CompletableFuture<?>[] pending;
        synchronized (this) {
            pending = transaction.halvesInProgress.toArray(CompletableFuture[]::new);
        }
        return CompletableFuture.allOf(pending);
    }

    private static List<AckRef> describe(List<TransactionAck> acks) {
        List<AckRef> refs = new ArrayList<>();
        for (TransactionAck ack : acks) {
            refs.addAll(consumerOf(ack).group().describeAcks(consumerOf(ack), ack.deliveryIds()));
        }
        return refs;
    }

    /** Holds every consumer's deliveries, or none: what was held before a refusal is given back. */
    private List<AckRef> hold(List<TransactionAck> acks) {
        List<AckRef> refs = new ArrayList<>();
        try {
            for (TransactionAck ack : acks) {
                refs.addAll(consumerOf(ack).group().holdForTransaction(consumerOf(ack), ack.deliveryIds()));
            }
        } catch (RuntimeException e) {
            releaseHeld(refs);
            throw e;
        }
        return refs;
    }

    private static Consumer consumerOf(TransactionAck ack) {
        if (!(ack.consumer() instanceof Consumer consumer)) {
            throw new IllegalArgumentException("not a consumer of this engine: " + ack.consumer());
        }
        return consumer;
    }

    /** Live consumers acknowledge their deliveries; a prepared transaction consumes the messages it holds. */
    private CompletableFuture<Void> applyAcks(List<AckRef> refs, List<TransactionAck> handles) {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        if (!handles.isEmpty()) {
            for (TransactionAck ack : handles) {
                writes.add(ack.consumer().ackAll(ack.deliveryIds()).exceptionally(error -> {
                    LOG.log(System.Logger.Level.WARNING, "an acknowledgement of a committed transaction found its"
                            + " delivery gone (" + error + "); the commit record keeps it for recovery");
                    return null;
                }));
            }
        } else {
            for (AckRef ack : refs) {
                groupOf(ack).ifPresent(group -> writes.add(group.endHeldTransaction(ack.queueId(), ack.offsets(), true)));
            }
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
    }

    private void releaseHeld(List<AckRef> refs) {
        for (AckRef ack : refs) {
            groupOf(ack).ifPresent(group -> group.endHeldTransaction(ack.queueId(), ack.offsets(), false));
        }
    }

    private Optional<Group> groupOf(AckRef ack) {
        return groups.get(ack.topic(), ack.group()).filter(group -> group.incarnation() == ack.incarnation());
    }

    private static String requireId(String transactionId) {
        if (transactionId == null || transactionId.isEmpty()) {
            throw new IllegalArgumentException("a transaction needs a non-empty id");
        }
        return transactionId;
    }
}
