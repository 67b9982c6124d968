package io.sluice.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one thread of control that runs a session's message listeners (spec 6.2.8: a session
 * serializes delivery to all its listeners). Started lazily by the first listener.
 */
final class ListenerDispatcher {

    private final String threadName;
    private final Runnable drain;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ExecutorService executor;

    ListenerDispatcher(String threadName, Runnable drain) {
        this.threadName = threadName;
        this.drain = drain;
    }

    /** Makes the thread drain the listeners' buffers soon; cheap when a drain is already pending. */
    void schedule() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        ExecutorService target;
        synchronized (this) {
            if (executor == null) {
                executor = Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
            }
            target = executor;
        }
        if (target.isShutdown()) {
            return;
        }
        target.execute(() -> {
            // cleared before draining so that a message arriving meanwhile schedules another pass
            scheduled.set(false);
            drain.run();
        });
    }

    /** Stops the thread after the running listener (if any) returns. */
    void shutdown() {
        ExecutorService target;
        synchronized (this) {
            target = executor;
        }
        if (target == null) {
            return;
        }
        target.shutdown();
        try {
            if (!target.awaitTermination(30, TimeUnit.SECONDS)) {
                target.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
