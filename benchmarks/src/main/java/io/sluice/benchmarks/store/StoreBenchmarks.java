package io.sluice.benchmarks.store;

import io.sluice.benchmarks.BenchmarkClassPath;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the log-store benchmarks and the disk probes in one run and writes the figures, with the ratios the
 * "Log engine" issue targets, to {@code RESULTS-store.md}. Arguments: {@code full|smoke} and the output directory.
 */
public final class StoreBenchmarks {

    record Figures(double fsyncPerSecond, double sequentialMiBPerSecond, double sync1, double sync8, double asyncMiBPerSecond) {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = args.length > 0 && args[0].equals("smoke");
        Path output = Path.of(args.length > 1 ? args[1] : ".");
        BenchmarkClassPath.exposeToForks();
        Figures figures = run(smoke);
        Path report = output.resolve(smoke ? "target/RESULTS-store-smoke.md" : "RESULTS-store.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown(figures, smoke));
        System.out.println(Files.readString(report));
    }

    static Figures run(boolean smoke) throws RunnerException {
        // each engine figure is measured right after the probe it is compared with, so that the load of this
        // shared machine weighs on both sides of a ratio alike
        double fsync = opsPerSecond(options(smoke, "DiskBenchmark.fsync4KiB", 1));
        double sync1 = opsPerSecond(options(smoke, "CommitLogBenchmark.append$", 1).param("policy", "SYNC"));
        double sync8 = opsPerSecond(options(smoke, "CommitLogBenchmark.append$", 8).param("policy", "SYNC"));
        double sequential = opsPerSecond(options(smoke, "DiskBenchmark.sequentialWrite1MiB", 1));
        double async = opsPerSecond(options(smoke, "CommitLogBenchmark.appendPipelined", 1).param("policy", "ASYNC"));
        return new Figures(fsync, sequential, sync1, sync8, async * CommitLogBenchmark.ASYNC_PIPELINE / 1024.0);
    }

    private static ChainedOptionsBuilder options(boolean smoke, String pattern, int threads) {
        ChainedOptionsBuilder builder = new OptionsBuilder().include(StoreBenchmarks.class.getPackageName() + "." + pattern)
                .threads(threads).timeUnit(TimeUnit.SECONDS).shouldFailOnError(true);
        if (smoke) {
            return builder.forks(0).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(300));
        }
        return builder.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(3))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5));
    }

    private static double opsPerSecond(ChainedOptionsBuilder options) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }

    static String markdown(Figures f, boolean smoke) {
        StringBuilder out = new StringBuilder();
        out.append("# Log store benchmarks\n\n");
        if (smoke) {
            out.append("**Smoke run**: one 300 ms iteration per benchmark, in-process; the figures mean nothing.\n\n");
        }
        out.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(ManagementFactory.getOperatingSystemMXBean().getName()).append(' ')
                .append(ManagementFactory.getOperatingSystemMXBean().getArch()).append('\n');
        out.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('\n');
        out.append("- settings: JMH, 1 fork, 1 x 3 s warm-up, 3 x 5 s measurement; 1 KiB records; ")
                .append("the log on the same file system as the disk probes (`target/`), default 64 MiB segments; ")
                .append("ASYNC: one op is ").append(CommitLogBenchmark.ASYNC_PIPELINE)
                .append(" appends pipelined, then a wait for the last (1 MiB, the probe's write size); ")
                .append("each engine figure right after its probe\n");
        out.append("- load average when the report was written: ")
                .append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
        out.append("| figure | value | target |\n|---|---|---|\n");
        row(out, "disk: 4 KiB write + fdatasync", f.fsyncPerSecond(), "fsync/s", "");
        row(out, "disk: sequential write (1 MiB writes)", f.sequentialMiBPerSecond(), "MiB/s", "");
        row(out, "log SYNC, 1 thread, 1 KiB appends", f.sync1(), "appends/s",
                String.format(Locale.ROOT, "%.0f %% of the disk's fsync rate (target >= 80 %%)", 100 * f.sync1() / f.fsyncPerSecond()));
        row(out, "log SYNC, 8 threads, 1 KiB appends", f.sync8(), "appends/s",
                String.format(Locale.ROOT, "%.1fx the single thread (target >= 5x)", f.sync8() / f.sync1()));
        row(out, "log ASYNC, 1 KiB appends", f.asyncMiBPerSecond(), "MiB/s",
                String.format(Locale.ROOT, "%.0f %% of sequential bandwidth (target >= 50 %%)",
                        100 * f.asyncMiBPerSecond() / f.sequentialMiBPerSecond()));
        out.append("\nThese machines are shared: run `mvn -B -q -pl benchmarks -am -DskipTests package exec:java ")
                .append("-Dbenchmarks.mainClass=io.sluice.benchmarks.store.StoreBenchmarks` again before trusting one figure.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, double value, String unit, String target) {
        out.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, "%,.0f %s", value, unit))
                .append(" | ").append(target).append(" |\n");
    }

    private StoreBenchmarks() {
    }
}
