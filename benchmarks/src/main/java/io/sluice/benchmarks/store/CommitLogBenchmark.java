package io.sluice.benchmarks.store;

import io.sluice.store.CommitLog;
import io.sluice.store.FlushPolicy;
import io.sluice.store.LogRecord;
import io.sluice.store.RecordType;
import io.sluice.store.StoreConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Appends of 1 KiB records. Under SYNC one op is one append that returns once durable, so ops/s with 1 thread
 * compares with the disk's fsync rate and with 8 threads shows what group commit adds. Under ASYNC one op is a
 * pipeline of {@link #ASYNC_PIPELINE} appends (1 MiB, the sequential probe's write size; an ASYNC producer does not
 * wait for each append), so ops/s x 1 MiB compares with sequential bandwidth.
 */
@State(Scope.Benchmark)
public class CommitLogBenchmark {

    static final int RECORD_BODY = 1024 - 64;
    static final int ASYNC_PIPELINE = 1024;

    @Param({"SYNC"})
    public String policy;

    private ScratchDirectory scratch;
    private CommitLog log;
    private final LogRecord record = new LogRecord(RecordType.MESSAGE, 0, "bench", 0, null,
            Map.of("fh", "0"), new byte[RECORD_BODY]);

    @Setup(Level.Trial)
    public void open() throws IOException {
        scratch = new ScratchDirectory("log");
        log = CommitLog.open(StoreConfig.defaults(scratch.path).withFlushPolicy(FlushPolicy.valueOf(policy)));
    }

    @TearDown(Level.Trial)
    public void close() {
        log.close();
        scratch.close();
    }

    @Benchmark
    public Object append() {
        return log.append(record).join();
    }

    @Benchmark
    public Object appendPipelined() {
        CompletableFuture<?> last = null;
        for (int i = 0; i < ASYNC_PIPELINE; i++) {
            last = log.append(record);
        }
        return last.join();
    }
}
