package io.sluice.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * Follows the commit log: every record that becomes visible is indexed into its consume queue (MESSAGE records)
 * and then handed to the handlers, in log order, on one thread. Indexing checkpoints itself about once a second.
 */
public final class Dispatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private static final long CHECKPOINT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final CommitLog log;
    private final ConsumeQueueStore queues;
    private final List<DispatchHandler> handlers = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private final LongConsumer wakeUp = position -> signal();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private volatile long dispatched;
    private volatile boolean closed;
    private long lastCheckpointNanos = System.nanoTime();
    private Thread thread;

    public Dispatcher(CommitLog log, ConsumeQueueStore queues) {
        this.log = log;
        this.queues = queues;
    }

    public void addHandler(DispatchHandler handler) {
        handlers.add(handler);
    }

    /** Starts following the log at {@code fromPosition}, a record boundary. */
    public synchronized void start(long fromPosition) {
        if (thread != null) {
            throw new IllegalStateException("dispatcher already started");
        }
        dispatched = fromPosition;
        log.addVisibilityListener(wakeUp);
        thread = new Thread(this::run, "sluice-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    public long dispatchedPosition() {
        return dispatched;
    }

    /**
     * Completes once every record below {@code endPosition} is indexed and handed to the handlers. A
     * send acknowledged through this is visible to the next receive or browse of its destination,
     * which durability alone (the append's fsync) does not promise.
     */
    public CompletableFuture<Void> whenDispatched(long endPosition) {
        if (dispatched >= endPosition) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> reached = new CompletableFuture<>();
        synchronized (waiters) {
            waiters.add(new Waiter(endPosition, reached));
        }
        // the dispatcher may have passed endPosition between the check above and the registration
        releaseWaiters(dispatched);
        return reached;
    }

    private void releaseWaiters(long upTo) {
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        synchronized (waiters) {
            while (!waiters.isEmpty() && waiters.peek().endPosition() <= upTo) {
                ready.add(waiters.poll().reached());
            }
        }
        ready.forEach(reached -> reached.complete(null));
    }

    private record Waiter(long endPosition, CompletableFuture<Void> reached) implements Comparable<Waiter> {
        @Override
        public int compareTo(Waiter other) {
            return Long.compare(endPosition, other.endPosition);
        }
    }

    private void signal() {
        lock.lock();
        try {
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!closed) {
            long visible = log.visiblePosition();
            if (visible > dispatched) {
                dispatchUpTo(visible);
            } else {
                checkpointIfDue();
                awaitMore();
            }
        }
        dispatchUpTo(log.visiblePosition());
        checkpoint();
        // what is still waiting was appended durably but arrived after the last dispatch: restart indexes it
        releaseWaiters(Long.MAX_VALUE);
    }

    private void awaitMore() {
        lock.lock();
        try {
            if (!closed && log.visiblePosition() <= dispatched) {
                advanced.await(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void dispatchUpTo(long visible) {
        try {
            // a scan reads no further than the written position, so that is as far as it dispatched
            long scanned = Math.min(visible, log.writePosition());
            log.scan(dispatched, scanned, this::dispatch,
                    e -> LOG.log(System.Logger.Level.ERROR, e.getMessage() + "; skipped by the dispatcher"));
            dispatched = scanned;
            releaseWaiters(scanned);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "dispatching from log position " + dispatched + " failed; retrying", e);
            sleepBeforeRetry();
        }
        checkpointIfDue();
    }

    private void dispatch(long position, int size, RecordCodec.Decoded decoded) throws IOException {
        long queueOffset = queues.index(position, size, decoded);
        for (DispatchHandler handler : handlers) {
            try {
                handler.onRecord(position, size, decoded.record(), queueOffset);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "dispatch handler failed on the record at " + position, e);
            }
        }
        dispatched = position + size;
    }

    private void checkpointIfDue() {
        if (System.nanoTime() - lastCheckpointNanos >= CHECKPOINT_INTERVAL_NANOS) {
            checkpoint();
        }
    }

    private void checkpoint() {
        try {
            queues.checkpoint();
            lastCheckpointNanos = System.nanoTime();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "consume queue checkpoint failed; recovery will index more of the log", e);
        }
    }

    private void sleepBeforeRetry() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    /** Dispatches what is visible, checkpoints the consume queues and stops the thread. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        closed = true;
        signal();
        log.removeVisibilityListener(wakeUp);
        if (running != null) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
