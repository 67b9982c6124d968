package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A backlog: {@link Workload#backlogMessages()} persistent messages sent while nobody consumes, then drained by one
 * consumer. Both sides commit every {@link #COMMIT_EVERY} messages, so that a fill of 200,000 takes seconds on a
 * broker whose single synchronous send waits for a journal timer. The broker is started empty for this cell, so
 * that its disk use after the fill (file lengths under its data directory, preallocated files included) is the
 * backlog's alone.
 */
final class Backlog {

    static final int COMMIT_EVERY = 100;

    record Result(double fillPerSecond, double drainPerSecond, long diskBytes) {
    }

    private Backlog() {
    }

    static Result run(PeerBroker broker, Workload workload, String destination) throws Exception {
        ConnectionFactory factory = broker.connectionFactory();
        Queue queue;
        try (JMSContext context = factory.createContext()) {
            queue = context.createQueue(destination);
        }
        int count = workload.backlogMessages();
        long fillStart = System.nanoTime();
        new Sender(factory, queue, count, workload.bodyBytes(), true, COMMIT_EVERY).call();
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        long diskBytes = bytesUnder(broker.dataDirectory());

        CountDownLatch remaining = new CountDownLatch(count);
        long deadline = System.nanoTime() + workload.timeout().toNanos();
        long drainStart = System.nanoTime();
        new Receiver(factory, session -> session.createConsumer(queue), COMMIT_EVERY, new CountDownLatch(1), remaining,
                new LatencyRecorder(), deadline).call();
        if (remaining.getCount() > 0) {
            throw new TimeoutException(remaining.getCount() + " of " + count + " backlog messages not drained after "
                    + workload.timeout());
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        return new Result(count / fillSeconds, count / drainSeconds, diskBytes);
    }

    static long bytesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(Backlog::sizeOrZero).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // deleted by the broker between listing and asking (a segment freed by retention)
            return 0;
        }
    }
}
