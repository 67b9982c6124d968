package io.sluice.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs in a child JVM for {@link CommitLogCrashTest}: appends from several threads under SYNC until killed, and
 * prints "ACK id" for each append the log reported durable.
 */
public final class AppendingChild {

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        long firstId = Long.parseLong(args[1]);
        AtomicLong ids = new AtomicLong(firstId);
        CommitLog log = CommitLog.open(StoreConfig.defaults(directory).withSegmentBytes(256 * 1024));
        System.out.println("READY");
        System.out.flush();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (true) {
                    long id = ids.getAndIncrement();
                    String body = id + ":" + "p".repeat((int) (id % 700));
                    log.append(Records.message("crash", (int) (id % 3), body)).join();
                    synchronized (System.out) {
                        System.out.println("ACK " + id);
                        System.out.flush();
                    }
                }
            });
            thread.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private AppendingChild() {
    }
}
