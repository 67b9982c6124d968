package io.sluice.benchmarks.jms;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;

/**
 * Runs in a child JVM started with a small heap ({@code -Xmx256m}): an in-VM Sluice broker takes a backlog of
 * {@code args[0]} persistent 1 KiB messages with no consumer, reports its heap after a GC, then drains them. It
 * finishing at all shows that a backlog lives on disk, not on the heap. Prints one line starting with
 * {@link #RESULT}.
 */
public final class HeapCheck {

    static final String RESULT = "HEAP-CHECK";

    private HeapCheck() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dataDir = Files.createDirectories(Path.of(args[1]));
        Workload workload = Workload.full().withBacklogMessages(count);
        try (SluicePeer sluice = new SluicePeer(dataDir, Transport.IN_VM)) {
            Queue queue;
            try (JMSContext context = sluice.connectionFactory().createContext()) {
                queue = context.createQueue("heap.check");
            }
            long start = System.nanoTime();
            new Sender(sluice.connectionFactory(), queue, count, workload.bodyBytes(), true, 1000).call();
            double fillSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heapAfterFill = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            CountDownLatch remaining = new CountDownLatch(count);
            start = System.nanoTime();
            new Receiver(sluice.connectionFactory(), session -> session.createConsumer(queue), 1000, new CountDownLatch(1),
                    remaining, new LatencyRecorder(), System.nanoTime() + workload.timeout().toNanos()).call();
            if (remaining.getCount() > 0) {
                throw new TimeoutException(remaining.getCount() + " messages not drained");
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s messages=%d maxHeapMiB=%d heapAfterFillMiB=%d fillPerSecond=%.0f drainPerSecond=%.0f%n", RESULT,
                    count, Runtime.getRuntime().maxMemory() >> 20, heapAfterFill >> 20, count / fillSeconds, count / drainSeconds);
        }
        // the parent waits for this process to end; lingering non-daemon pool threads must not keep it alive
        System.exit(0);
    }
}
