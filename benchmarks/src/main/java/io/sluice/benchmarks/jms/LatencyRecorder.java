package io.sluice.benchmarks.jms;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.concurrent.TimeUnit;

/** Records, from any thread, how long messages took from send to receipt (both ends share this JVM's clock). */
final class LatencyRecorder {

    static final String SENT_AT = "benchSentNanos";

    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);

    void recordSince(long sentNanos) {
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sentNanos);
        recorder.recordValue(Math.max(0, Math.min(micros, TimeUnit.MINUTES.toMicros(10))));
    }

    Histogram histogram() {
        return recorder.getIntervalHistogram();
    }
}
