package io.sluice.store;

import java.io.IOException;

/**
 * Under {@link FlushPolicy#ASYNC}, fsyncs what the writer has written every {@code asyncFlushIntervalMillis}, on
 * its own thread: the writer keeps writing while the disk flushes, instead of stalling every batch behind an fsync
 * of everything written since the last one.
 */
final class AsyncFlusher implements Runnable {

    private static final System.Logger LOG = System.getLogger(AsyncFlusher.class.getName());

    private final CommitLog log;
    private final LogWriter writer;
    private final long intervalMillis;
    private final Object lock = new Object();
    private boolean closing;

    AsyncFlusher(CommitLog log, LogWriter writer, long intervalMillis) {
        this.log = log;
        this.writer = writer;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void run() {
        while (awaitNextTick()) {
            flushWritten();
        }
    }

    private boolean awaitNextTick() {
        synchronized (lock) {
            if (!closing) {
                try {
                    lock.wait(intervalMillis);
                } catch (InterruptedException e) {
                    closing = true;
                }
            }
            return !closing;
        }
    }

    /** Makes durable everything the writer had published as written when the fsync began. */
    private void flushWritten() {
        LogWriter.WrittenMark mark = writer.writtenMark();
        if (mark.position() <= log.durablePosition()) {
            // nothing new, or a segment roll fsynced it already (and the segment may be gone since)
            return;
        }
        try {
            mark.segment().channel.force(false);
            log.durable(mark.position());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "fsync of " + mark.segment().file + " failed; will retry", e);
        }
    }

    /** Stops the thread; the writer's own last flush at close covers what is still undurable. */
    void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
    }
}
