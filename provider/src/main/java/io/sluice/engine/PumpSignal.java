package io.sluice.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task on a shared executor whenever it is signalled, never twice at once, and once more if
 * signalled while running (the work-in-progress counter of reactive drain loops). This is how a group
 * is pumped without a thread of its own: a thousand idle topics cost a thousand counters, not threads.
 */
final class PumpSignal {
    private static final System.Logger LOG = System.getLogger(PumpSignal.class.getName());
    private final AtomicInteger workInProgress = new AtomicInteger();
    private final Executor executor;
    private final Runnable task;

    PumpSignal(Executor executor, Runnable task) {
        this.executor = executor;
        this.task = task;
    }

    void signal() {
        if (workInProgress.getAndIncrement() == 0) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // the engine is closing: nothing is delivered any more
            }
        }
    }

    private void drain() {
        int missed = 1;
        do {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // the counter must still go down, or this pump would never run again
                LOG.log(System.Logger.Level.ERROR, "delivery pump failed; it will run again on the next signal", e);
            }
            missed = workInProgress.addAndGet(-missed);
        } while (missed != 0);
    }
}
