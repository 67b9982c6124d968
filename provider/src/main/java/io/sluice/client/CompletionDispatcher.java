package io.sluice.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a session's asynchronous sends and their CompletionListener callbacks on one thread,
 * which is never the application's, in the order the sends were made (spec 7.3.5).
 */
final class CompletionDispatcher {

    private final String threadName;
    private ExecutorService executor;
    private volatile Thread thread;
    private int pending;

    CompletionDispatcher(String threadName) {
        this.threadName = threadName;
    }

    synchronized void submit(Runnable task) {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread created = new Thread(runnable, threadName);
                created.setDaemon(true);
                thread = created;
                return created;
            });
        }
        pending++;
        executor.execute(() -> {
            try {
                task.run();
            } finally {
                finished();
            }
        });
    }

    private synchronized void finished() {
        pending--;
        notifyAll();
    }

    /** True on the thread that runs the callbacks: code called from a CompletionListener. */
    boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Waits until every submitted send has completed and its callback returned; from a callback
     * itself it returns at once, as waiting for itself would never end.
     */
    synchronized void awaitIdle() {
        if (isCurrentThread()) {
            return;
        }
        boolean interrupted = false;
        while (pending > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void shutdown() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
