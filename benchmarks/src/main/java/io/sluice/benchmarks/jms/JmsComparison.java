package io.sluice.benchmarks.jms;

import io.sluice.benchmarks.BenchmarkClassPath;
import io.sluice.benchmarks.store.DiskLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every scenario against Sluice and Artemis in one JVM, in rounds whose broker order alternates, and
 * writes {@code RESULTS.md} with medians, spread and the ratio Sluice / Artemis, plus {@code results-chart.png}.
 * Arguments: {@code full|smoke}, the output directory, optionally the number of rounds (at least 2 for a full run)
 * and the backlog size; {@link CellSelection} narrows a run to some cells. {@code heap DIR [MESSAGES]} instead runs the heap check (a backlog of 1,000,000 messages
 * by default, in a child JVM with {@code -Xmx256m}) and writes {@code RESULTS-heap.md}.
 */
public final class JmsComparison {

    static final String CHART = "results-chart.png";
    static final String HEAP_LIMIT = "-Xmx256m";

    private JmsComparison() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "full";
        Path output = Path.of(args.length > 1 ? args[1] : ".");
        if (mode.equals("heap")) {
            int messages = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
            Path report = output.resolve("RESULTS-heap.md");
            Files.writeString(report, heapCheck(messages, output.resolve("target/bench-data")));
            System.out.println(Files.readString(report));
            return;
        }
        boolean smoke = mode.equals("smoke");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : smoke ? 1 : 3;
        Workload workload = smoke ? Workload.smoke() : Workload.full();
        if (args.length > 3) {
            workload = workload.withBacklogMessages(Integer.parseInt(args[3]));
        }
        CellSelection selection = CellSelection.fromSystemProperties();
        Path report = output.resolve(smoke ? "target/RESULTS-smoke.md" : selection.everything() ? "RESULTS.md" : "target/RESULTS-partial.md");
        Files.createDirectories(report.getParent());
        List<ComparisonReport> reports = run(workload, rounds, output.resolve("target/bench-data"), selection);
        Files.writeString(report, markdown(reports));
        ResultsChart.write(report.resolveSibling(CHART), reports);
        System.out.println(Files.readString(report));
    }

    static String markdown(List<ComparisonReport> reports) {
        StringBuilder out = new StringBuilder();
        for (ComparisonReport report : reports) {
            out.append(report.markdown()).append('\n');
        }
        out.append("![Throughput ratios Sluice / Artemis](").append(CHART).append(")\n\n");
        out.append("The heap check (a backlog of 1,000,000 messages with ").append(HEAP_LIMIT)
                .append(") is a separate mode (`-Dbenchmarks.args=\"heap $PWD/benchmarks\"` from the repository root); its figures are in ")
                .append("[RESULTS-heap.md](RESULTS-heap.md). The log store's own figures against the same disk probes ")
                .append("(SYNC 1 and 8 threads, ASYNC bandwidth) are in [RESULTS-store.md](RESULTS-store.md).\n");
        return out.toString();
    }

    static List<ComparisonReport> run(Workload workload, int rounds, Path dataDir, CellSelection selection) throws Exception {
        List<ComparisonReport> reports = new ArrayList<>();
        for (Transport transport : selection.transports()) {
            reports.add(run(workload, rounds, dataDir, transport, selection));
        }
        return reports;
    }

    private static ComparisonReport run(Workload workload, int rounds, Path dataDir, Transport transport,
            CellSelection selection) throws Exception {
        Files.createDirectories(dataDir);
        Path sluiceDir = Files.createTempDirectory(dataDir, "sluice-");
        Path artemisDir = Files.createTempDirectory(dataDir, "artemis-");
        Duration probe = workload.messages() < 1000 ? Duration.ofMillis(200) : Duration.ofSeconds(2);
        try (PeerBroker sluice = new SluicePeer(sluiceDir, transport); PeerBroker artemis = new ArtemisPeer(artemisDir, transport)) {
            ComparisonReport report = new ComparisonReport(transport, workload, rounds, sluice, artemis);
            int cell = 0;
            for (int round = 0; round < rounds; round++) {
                DiskLimits disk = DiskLimits.measure(probe);
                report.addDiskLimits(disk);
                System.out.printf("%s round %d disk %,.0f fsync/s %,.0f MiB/s%n", transport, round + 1,
                        disk.fsyncPerSecond(), disk.sequentialMiBPerSecond());
                List<PeerBroker> order = round % 2 == 0 ? List.of(sluice, artemis) : List.of(artemis, sluice);
                for (Scenario scenario : selection.scenarios()) {
                    for (PeerBroker broker : order) {
                        String destination = "bench." + scenario.name().toLowerCase() + "." + (++cell);
                        CellResult result = scenario.run(broker.connectionFactory(), workload, destination);
                        report.add(scenario, broker, result);
                        System.out.printf("%s round %d %-32s %-8s %,12.0f/s p99 %,8.0f us%n", transport, round + 1,
                                scenario.title, broker.name(), result.perSecond(), result.percentileMicros(99));
                    }
                }
                List<PeerOpener> backlogOrder = round % 2 == 0 ? List.of(SluicePeer::new, ArtemisPeer::new)
                        : List.of(ArtemisPeer::new, SluicePeer::new);
                for (PeerOpener opener : selection.backlog() ? backlogOrder : List.<PeerOpener>of()) {
                    try (PeerBroker empty = opener.open(Files.createTempDirectory(dataDir, "backlog-"), transport)) {
                        Backlog.Result backlog = Backlog.run(empty, workload, "bench.backlog");
                        report.addBacklog(empty, backlog);
                        System.out.printf("%s round %d backlog %-8s fill %,.0f/s drain %,.0f/s disk %,d bytes%n", transport,
                                round + 1, empty.name(), backlog.fillPerSecond(), backlog.drainPerSecond(), backlog.diskBytes());
                    }
                }
            }
            return report;
        }
    }

    /** Starts a broker of one kind on an empty data directory. */
    private interface PeerOpener {
        PeerBroker open(Path dataDir, Transport transport) throws Exception;
    }

    /** Runs {@link HeapCheck} in a child JVM limited to {@link #HEAP_LIMIT} and reports what it printed. */
    static String heapCheck(int messages, Path dataDir) throws IOException, InterruptedException, TimeoutException {
        Files.createDirectories(dataDir);
        Path brokerDir = Files.createTempDirectory(dataDir, "heap-");
        Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaExecutable.toString(), HEAP_LIMIT, "-cp", BenchmarkClassPath.current(),
                HeapCheck.class.getName(), Integer.toString(messages), brokerDir.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var output = child.inputReader()) {
            output.lines().forEach(line -> {
                lines.add(line);
                System.out.println("[heap check] " + line);
            });
        }
        if (!child.waitFor(30, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new TimeoutException("the heap check did not finish in 30 minutes");
        }
        String result = lines.stream().filter(line -> line.startsWith(HeapCheck.RESULT)).findFirst().orElse(null);
        StringBuilder out = new StringBuilder("# Heap check: a backlog on Sluice with ").append(HEAP_LIMIT).append("\n\n");
        out.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
        out.append("- ").append(messages).append(" PERSISTENT messages of 1 KiB to one queue with no consumer (commits of 1000),")
                .append(" then drained; in-VM broker in a child JVM started with ").append(HEAP_LIMIT).append('\n');
        out.append("- exit code: ").append(child.exitValue()).append('\n');
        out.append("- result: ").append(result == null ? "none: the child failed, its last output follows\n\n```\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())) + "\n```" : "`" + result + "`")
                .append('\n');
        return out.toString();
    }
}
