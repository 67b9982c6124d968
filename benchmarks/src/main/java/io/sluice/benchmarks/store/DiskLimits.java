package io.sluice.benchmarks.store;

import java.io.IOException;
import java.time.Duration;

/**
 * The disk's own limits measured outside JMH with the probes of {@link DiskBenchmark}, for runs (the JMS
 * comparison) that report their figures as fractions of what the disk can do at that moment.
 */
public record DiskLimits(double fsyncPerSecond, double sequentialMiBPerSecond) {

    public static DiskLimits measure(Duration each) throws IOException {
        DiskBenchmark probe = new DiskBenchmark();
        probe.open();
        try {
            double fsyncs = repeat(each, probe::fsync4KiB);
            double mebibytes = repeat(each, probe::sequentialWrite1MiB);
            return new DiskLimits(fsyncs, mebibytes);
        } finally {
            probe.close();
        }
    }

    private interface Operation {
        void run() throws IOException;
    }

    private static double repeat(Duration duration, Operation operation) throws IOException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long count = 0;
        while (System.nanoTime() < end) {
            operation.run();
            count++;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
