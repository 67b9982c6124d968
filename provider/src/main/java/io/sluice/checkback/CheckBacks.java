package io.sluice.checkback;

import io.sluice.engine.EngineMessage;
import io.sluice.engine.Transactions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The broker's check-back transactions (RocketMQ's transactional producer). A producer sends half messages in an
 * engine transaction named by {@link CheckBackNames}, which {@link #stored} prepares (durable, kept across a
 * restart); the producer then runs its local transaction and ends it with {@link #end}. A transaction left
 * undecided is checked back: a live producer of its group (the one that sent it first) is asked, each check
 * numbered by a new epoch, and only the answer to the latest check or the producer's own end may decide it; the
 * first decision wins and every later one is answered with the outcome. Past the maximum of checks the transaction
 * is in doubt and waits for an administrator ({@link #inDoubt}, {@link #resolve}). After a restart the table is
 * rebuilt from the engine's prepared transactions, with its check count started again. Thread-safe.
 */
public final class CheckBacks implements AutoCloseable {
    /** The epoch of the producer's own end, at the end of its local transaction. */
    public static final long PRODUCER_EPOCH = 0;
    private static final long MAX_TICK_MILLIS = 1000;
    private static final int REMEMBERED_OUTCOMES = 10_000;
    private static final System.Logger LOG = System.getLogger(CheckBacks.class.getName());

    private final Transactions engine;
    private final CheckBackSettings settings;
    private final Map<String, HalfTransaction> undecided = new LinkedHashMap<>();
    private final Map<String, List<CheckHandler>> producers = new HashMap<>();
    /** Recent outcomes, so that a late end learns what happened instead of an error. */
    private final Map<String, Outcome> ended = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED_OUTCOMES;
        }
    };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sluice-check-back");
        thread.setDaemon(true);
        return thread;
    });

    public CheckBacks(Transactions engine, CheckBackSettings settings) {
        this.engine = engine;
        this.settings = settings;
        long firstCheck = System.currentTimeMillis() + settings.checkAfter().toMillis();
        for (String id : engine.prepared()) {
            if (CheckBackNames.isCheckBack(id)) {
                undecided.put(id, new HalfTransaction(id, null, firstCheck));
            }
        }
        long tick = Math.max(1, Math.min(MAX_TICK_MILLIS,
                Math.min(settings.checkInterval().toMillis(), Math.max(1, settings.checkAfter().toMillis()))));
        timer.scheduleWithFixedDelay(this::checkDue, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** A new transaction name for a producer of the group. */
    public String newTransaction(String producerGroup) {
        return CheckBackNames.newId(producerGroup);
    }

    /** A live producer of the group, asked for checks until the returned action runs (when it goes away). */
    public synchronized Runnable register(String producerGroup, CheckHandler handler) {
        producers.computeIfAbsent(producerGroup, group -> new ArrayList<>()).add(handler);
        return () -> unregister(producerGroup, handler);
    }

    private synchronized void unregister(String producerGroup, CheckHandler handler) {
        List<CheckHandler> live = producers.get(producerGroup);
        if (live != null) {
            live.remove(handler);
        }
    }

    /**
     * The producer's half messages are written: prepares the transaction (from now on it survives a crash) and
     * starts its clock. {@code origin} is asked first when it is checked.
     */
    public CompletableFuture<Void> stored(String transactionId, CheckHandler origin) {
        requireCheckBack(transactionId);
        return engine.prepare(transactionId, List.of()).thenAccept(wrote -> {
            if (!wrote) {
                throw new IllegalStateException("transaction " + transactionId + " has no half message");
            }
            synchronized (this) {
                undecided.put(transactionId, new HalfTransaction(transactionId, origin,
                        System.currentTimeMillis() + settings.checkAfter().toMillis()));
            }
        });
    }

    /**
     * Decides the transaction, if it is still undecided and {@code epoch} is the producer's ({@link
     * #PRODUCER_EPOCH}) or that of the latest check; completes with the outcome, whoever decided it.
     * UNKNOWN, or an answer to an older check, changes nothing.
     */
    public CompletableFuture<Outcome> end(String transactionId, Decision decision, long epoch) {
        HalfTransaction transaction;
        synchronized (this) {
            transaction = undecided.get(transactionId);
            if (transaction == null) {
                return knownOutcome(transactionId);
            }
            if (transaction.ending != null) {
                return transaction.ending;
            }
            if (decision == Decision.UNKNOWN) {
                return CompletableFuture.completedFuture(Outcome.UNDECIDED);
            }
            if (epoch != PRODUCER_EPOCH && epoch != transaction.epoch) {
                LOG.log(System.Logger.Level.INFO, "ignoring the answer " + decision + " to check " + epoch + " of "
                        + transactionId + ": check " + transaction.epoch + " was sent since");
                return CompletableFuture.completedFuture(Outcome.UNDECIDED);
            }
            transaction.ending = new CompletableFuture<>();
        }
        apply(transaction, decision == Decision.COMMIT);
        return transaction.ending;
    }

    /** The transactions still undecided after the maximum number of checks. */
    public synchronized List<InDoubtTransaction> inDoubt() {
        return undecided.values().stream().filter(t -> t.inDoubt && t.ending == null)
                .map(t -> new InDoubtTransaction(t.id, t.producerGroup, t.checks)).toList();
    }

    /** An administrator decides an undecided transaction (typically one in doubt), whatever its epoch. */
    public CompletableFuture<Outcome> resolve(String transactionId, boolean commit) {
        HalfTransaction transaction;
        synchronized (this) {
            transaction = undecided.get(transactionId);
            if (transaction == null) {
                return knownOutcome(transactionId);
            }
            if (transaction.ending != null) {
                return transaction.ending;
            }
            transaction.ending = new CompletableFuture<>();
        }
        LOG.log(System.Logger.Level.INFO, "administrator " + (commit ? "commits " : "rolls back ") + transactionId);
        apply(transaction, commit);
        return transaction.ending;
    }

    private CompletableFuture<Outcome> knownOutcome(String transactionId) {
        Outcome outcome = ended.get(transactionId);
        return outcome != null ? CompletableFuture.completedFuture(outcome)
                : CompletableFuture.failedFuture(new IllegalArgumentException("no check-back transaction "
                + transactionId + " is open on this broker"));
    }

    private void apply(HalfTransaction transaction, boolean commit) {
        CompletableFuture<Void> written = commit ? engine.commit(transaction.id, List.of())
                : engine.rollback(transaction.id, List.of());
        Outcome outcome = commit ? Outcome.COMMITTED : Outcome.ROLLED_BACK;
        written.whenComplete((done, error) -> {
            CompletableFuture<Outcome> ending;
            synchronized (this) {
                ending = transaction.ending;
                if (error == null) {
                    undecided.remove(transaction.id);
                    ended.put(transaction.id, outcome);
                } else {
                    transaction.ending = null;
                }
            }
            if (error == null) {
                ending.complete(outcome);
            } else {
                ending.completeExceptionally(error);
            }
        });
    }

    private void checkDue() {
        List<Map.Entry<CheckHandler, CheckRequest>> due = new ArrayList<>();
        long now = System.currentTimeMillis();
        synchronized (this) {
            for (HalfTransaction transaction : undecided.values()) {
                if (transaction.ending != null || transaction.inDoubt || now < transaction.nextCheckAtMillis) {
                    continue;
                }
                if (transaction.checks >= settings.maxChecks()) {
                    transaction.inDoubt = true;
                    LOG.log(System.Logger.Level.WARNING, "transaction " + transaction.id + " is still undecided after "
                            + transaction.checks + " checks: it is in doubt until an administrator decides it");
                    continue;
                }
                CheckHandler handler = producerFor(transaction);
                if (handler == null) {
                    continue; // no live producer of the group: not counted as a check, asked again when one comes
                }
                transaction.epoch++;
                transaction.checks++;
                transaction.nextCheckAtMillis = now + settings.checkInterval().toMillis();
                due.add(Map.entry(handler, new CheckRequest(transaction.id, transaction.producerGroup,
                        transaction.epoch, List.of())));
            }
        }
        for (Map.Entry<CheckHandler, CheckRequest> check : due) {
            ask(check.getKey(), check.getValue());
        }
    }

    private CheckHandler producerFor(HalfTransaction transaction) {
        List<CheckHandler> live = producers.getOrDefault(transaction.producerGroup, List.of());
        if (transaction.origin != null && live.contains(transaction.origin)) {
            return transaction.origin;
        }
        transaction.origin = null;
        return live.isEmpty() ? null : live.get(0);
    }

    private void ask(CheckHandler handler, CheckRequest bare) {
        try {
            List<byte[]> messages = engine.halfMessages(bare.transactionId()).stream()
                    .map(EngineMessage::payload).toList();
            handler.check(new CheckRequest(bare.transactionId(), bare.producerGroup(), bare.epoch(), messages));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "check " + bare.epoch() + " of " + bare.transactionId()
                    + " failed; it counts, and the next one follows the check interval", e);
        }
    }

    private static void requireCheckBack(String transactionId) {
        if (!CheckBackNames.isCheckBack(transactionId)) {
            throw new IllegalArgumentException("not a check-back transaction: " + transactionId);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
