package io.sluice.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a task on a shared executor whenever it is signalled, never twice at once, and once more if
 * signalled while running (the work-in-progress counter of reactive drain loops). This is how a group
 * is pumped without a thread of its own: a thousand idle topics cost a thousand counters, not threads.
 * The task does a bounded amount of work per run and says whether more is waiting; if so the pump goes
 * to the back of the executor's queue, so one busy group cannot keep a shared thread from the others.
 */
final class PumpSignal {
    private static final System.Logger LOG = System.getLogger(PumpSignal.class.getName());

    private final AtomicInteger workInProgress = new AtomicInteger();
    private final Executor executor;
    private final BooleanSupplier task;

    /** @param task runs a bounded slice of work; returns true when more is waiting */
    PumpSignal(Executor executor, BooleanSupplier task) {
        this.executor = executor;
        this.task = task;
    }

    void signal() {
        if (workInProgress.getAndIncrement() == 0) {
            submit();
        }
    }

    private void submit() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // the engine is closing: nothing is delivered any more
        }
    }

    private void drain() {
        int seen = workInProgress.get();
        boolean more;
        try {
            more = task.getAsBoolean();
        } catch (RuntimeException | Error e) {
            // the counter must still go down, or this pump would never run again
            LOG.log(System.Logger.Level.ERROR, "delivery pump failed; it will run again on the next signal", e);
            more = false;
        }
        if (more || workInProgress.addAndGet(-seen) != 0) {
            submit(); // signals that arrived during the run, or work left over, are served in a later turn
        }
    }
}
