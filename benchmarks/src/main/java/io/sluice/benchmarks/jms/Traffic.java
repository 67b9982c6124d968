package io.sluice.benchmarks.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One cell's traffic: receivers are connected before the clock starts, then senders run, and the clock stops
 * when the last expected delivery is in. The rate counts messages sent per second.
 */
final class Traffic {

    private final ConnectionFactory factory;
    private final Workload workload;
    private final List<Receiver.ConsumerFactory> consumers = new ArrayList<>();
    private int receiverCommitEvery;
    private Destination destination;
    private int senders = 1;
    private boolean persistent = true;
    private int senderCommitEvery;
    private int senderRate;

    Traffic(ConnectionFactory factory, Workload workload) {
        this.factory = factory;
        this.workload = workload;
    }

    Traffic receivers(int count, Receiver.ConsumerFactory consumer) {
        for (int i = 0; i < count; i++) {
            consumers.add(consumer);
        }
        return this;
    }

    Traffic senders(int count, Destination to) {
        this.senders = count;
        this.destination = to;
        return this;
    }

    Traffic persistent(boolean persistent) {
        this.persistent = persistent;
        return this;
    }

    /** Each sender sends at this fixed rate instead of as fast as it can. */
    Traffic ratePerSender(int perSecond) {
        this.senderRate = perSecond;
        return this;
    }

    Traffic commitEvery(int messages) {
        this.senderCommitEvery = messages;
        this.receiverCommitEvery = messages;
        return this;
    }

    /** @param deliveriesPerMessage how many receivers get each message (1 for a queue, N for N subscriptions) */
    CellResult run(int deliveriesPerMessage) throws Exception {
        int perSender = workload.messages() / senders;
        int sent = perSender * senders;
        long deadline = System.nanoTime() + workload.timeout().toNanos();
        CountDownLatch ready = new CountDownLatch(consumers.size());
        CountDownLatch remaining = new CountDownLatch(sent * deliveriesPerMessage);
        LatencyRecorder latency = new LatencyRecorder();
        ExecutorService threads = Executors.newFixedThreadPool(consumers.size() + senders);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Receiver.ConsumerFactory consumer : consumers) {
                running.add(threads.submit(new Receiver(factory, consumer, receiverCommitEvery, ready, remaining, latency, deadline)));
            }
            if (!ready.await(workload.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutException("receivers did not connect in " + workload.timeout());
            }
            long start = System.nanoTime();
            for (int i = 0; i < senders; i++) {
                running.add(threads.submit(new Sender(factory, destination, perSender, workload.bodyBytes(), persistent, senderCommitEvery,
                        senderRate)));
            }
            for (Future<Void> task : running) {
                task.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (remaining.getCount() > 0) {
                throw new TimeoutException(remaining.getCount() + " deliveries missing after " + workload.timeout());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new CellResult(sent / seconds, latency.histogram());
        } finally {
            threads.shutdownNow();
        }
    }
}
