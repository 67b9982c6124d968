package io.sluice.benchmarks.jms;

import io.sluice.benchmarks.store.DiskLimits;

import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects every cell of a comparison run on one transport and renders the Markdown report with medians, spread and ratios. */
final class ComparisonReport {

    private final Transport transport;
    private final Workload workload;
    private final int rounds;
    private final PeerBroker sluice;
    private final PeerBroker peer;
    private final Map<Scenario, Map<String, List<CellResult>>> cells = new EnumMap<>(Scenario.class);
    private final Map<String, List<Backlog.Result>> backlogs = new HashMap<>();
    private final List<DiskLimits> disk = new ArrayList<>();

    ComparisonReport(Transport transport, Workload workload, int rounds, PeerBroker sluice, PeerBroker peer) {
        this.transport = transport;
        this.workload = workload;
        this.rounds = rounds;
        this.sluice = sluice;
        this.peer = peer;
    }

    void add(Scenario scenario, PeerBroker broker, CellResult result) {
        cells.computeIfAbsent(scenario, s -> new HashMap<>()).computeIfAbsent(broker.name(), b -> new ArrayList<>()).add(result);
    }

    void addBacklog(PeerBroker broker, Backlog.Result result) {
        backlogs.computeIfAbsent(broker.name(), b -> new ArrayList<>()).add(result);
    }

    void addDiskLimits(DiskLimits limits) {
        disk.add(limits);
    }

    Transport transport() {
        return transport;
    }

    /** Sluice / peer per figure (medians), in report order, for the chart. */
    Map<String, Double> ratios() {
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (Scenario scenario : Scenario.values()) {
            List<CellResult> ours = results(scenario, sluice);
            List<CellResult> theirs = results(scenario, peer);
            if (!ours.isEmpty() && !theirs.isEmpty()) {
                ratios.put(scenario.title, median(ours, CellResult::perSecond) / median(theirs, CellResult::perSecond));
            }
        }
        List<Backlog.Result> ours = backlogs.getOrDefault(sluice.name(), List.of());
        List<Backlog.Result> theirs = backlogs.getOrDefault(peer.name(), List.of());
        if (!ours.isEmpty() && !theirs.isEmpty()) {
            ratios.put("backlog fill", median(ours, Backlog.Result::fillPerSecond) / median(theirs, Backlog.Result::fillPerSecond));
            ratios.put("backlog drain", median(ours, Backlog.Result::drainPerSecond) / median(theirs, Backlog.Result::drainPerSecond));
        }
        return ratios;
    }

    private List<CellResult> results(Scenario scenario, PeerBroker broker) {
        return cells.getOrDefault(scenario, Map.of()).getOrDefault(broker.name(), List.of());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Sluice against ").append(peer.name()).append(", ").append(transport.title).append("\n\n");
        out.append("- date: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append('\n');
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        out.append("- JVM: ").append(ManagementFactory.getRuntimeMXBean().getVmName()).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB\n");
        out.append("- load average when the report was written: ")
                .append(format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" (other work on this shared machine shows up as noise)\n");
        out.append("- workload: ").append(workload.messages()).append(" messages of ").append(workload.bodyBytes())
                .append(" bytes per cell (request-reply and fixed rate: a tenth as many); backlog: ")
                .append(workload.backlogMessages()).append(" messages; ").append(rounds)
                .append(" round(s), broker order alternating per round; figures are medians with [min-max]\n");
        out.append("- disk, probed at the start of every round on the file system of the data directories: ")
                .append(format("%,.0f", median(disk, DiskLimits::fsyncPerSecond))).append(" fsync/s (4 KiB write + fdatasync) ")
                .append(spread(disk, DiskLimits::fsyncPerSecond, "%,.0f")).append(", ")
                .append(format("%,.0f", median(disk, DiskLimits::sequentialMiBPerSecond)))
                .append(" MiB/s sequential (1 MiB writes, fdatasync every 64 MiB) ")
                .append(spread(disk, DiskLimits::sequentialMiBPerSecond, "%,.0f")).append('\n');
        out.append("- ").append(sluice.name()).append(" durability: ").append(sluice.durability()).append('\n');
        out.append("- ").append(peer.name()).append(" durability: ").append(peer.durability()).append("\n\n");
        appendScenarios(out);
        appendDestinationFlatness(out);
        appendBacklog(out);
        out.append("\nScenarios:\n\n");
        for (Scenario scenario : Scenario.values()) {
            out.append("- ").append(scenario.title).append(": ").append(scenario.description).append('\n');
        }
        out.append("- backlog: ").append(workload.backlogMessages()).append(" PERSISTENT messages to one queue with no consumer, ")
                .append("1 producer committing every ").append(Backlog.COMMIT_EVERY).append(", then 1 consumer drains them ")
                .append("committing every ").append(Backlog.COMMIT_EVERY).append(", on a broker started empty for the cell; disk = ")
                .append("bytes under its data directory after the fill (file lengths, preallocated files included)\n");
        out.append("\nA ratio above 1 means Sluice is faster; a p99 ratio below 1 means Sluice's p99 latency is lower; ")
                .append("\"of fsync/s\" is a PERSISTENT rate divided by the disk's fsync rate measured in the same run.\n");
        return out.toString();
    }

    private void appendScenarios(StringBuilder out) {
        double fsync = median(disk, DiskLimits::fsyncPerSecond);
        out.append("| scenario | ").append(sluice.name()).append(" /s | ").append(peer.name()).append(" /s | ratio | ")
                .append(sluice.name()).append(" of fsync/s | ").append(peer.name()).append(" of fsync/s | ")
                .append(sluice.name()).append(" p50/p99/p99.9 us | ").append(peer.name()).append(" p50/p99/p99.9 us | p99 ratio |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Scenario scenario : Scenario.values()) {
            List<CellResult> ours = results(scenario, sluice);
            List<CellResult> theirs = results(scenario, peer);
            if (ours.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            double ourRate = median(ours, CellResult::perSecond);
            double theirRate = median(theirs, CellResult::perSecond);
            out.append("| ").append(scenario.title).append(" | ").append(rateWithSpread(ours)).append(" | ")
                    .append(rateWithSpread(theirs)).append(" | ").append(format("%.2fx", ourRate / theirRate)).append(" | ")
                    .append(scenario.persistent ? format("%.2f", ourRate / fsync) : "-").append(" | ")
                    .append(scenario.persistent ? format("%.2f", theirRate / fsync) : "-").append(" | ")
                    .append(latencies(ours)).append(" | ").append(latencies(theirs)).append(" | ")
                    .append(format("%.2f", median(ours, r -> r.percentileMicros(99))
                            / Math.max(1, median(theirs, r -> r.percentileMicros(99))))).append(" |\n");
        }
    }

    private void appendDestinationFlatness(StringBuilder out) {
        List<Scenario> scaling = List.of(Scenario.DESTINATIONS_10, Scenario.DESTINATIONS_100, Scenario.DESTINATIONS_1000);
        if (results(scaling.get(0), sluice).isEmpty() || results(scaling.get(0), peer).isEmpty()) {
            return;
        }
        out.append("\nCost per message as destinations grow (flat means the figure stays near 1.00x of the 10-queue cost):\n\n");
        out.append("| destinations | ").append(sluice.name()).append(" us/msg | vs 10 | ").append(peer.name())
                .append(" us/msg | vs 10 |\n|---|---|---|---|---|\n");
        double ourBase = 1e6 / median(results(scaling.get(0), sluice), CellResult::perSecond);
        double theirBase = 1e6 / median(results(scaling.get(0), peer), CellResult::perSecond);
        for (Scenario scenario : scaling) {
            if (results(scenario, sluice).isEmpty() || results(scenario, peer).isEmpty()) {
                continue;
            }
            double ours = 1e6 / median(results(scenario, sluice), CellResult::perSecond);
            double theirs = 1e6 / median(results(scenario, peer), CellResult::perSecond);
            out.append("| ").append(scenario.title.replaceAll("\\D", "")).append(" | ").append(format("%,.1f", ours))
                    .append(" | ").append(format("%.2fx", ours / ourBase)).append(" | ").append(format("%,.1f", theirs))
                    .append(" | ").append(format("%.2fx", theirs / theirBase)).append(" |\n");
        }
    }

    private void appendBacklog(StringBuilder out) {
        List<Backlog.Result> ours = backlogs.getOrDefault(sluice.name(), List.of());
        List<Backlog.Result> theirs = backlogs.getOrDefault(peer.name(), List.of());
        if (ours.isEmpty() || theirs.isEmpty()) {
            return;
        }
        double fsync = median(disk, DiskLimits::fsyncPerSecond);
        out.append("\nBacklog of ").append(format("%,d", workload.backlogMessages())).append(" messages:\n\n");
        out.append("| figure | ").append(sluice.name()).append(" | ").append(peer.name()).append(" | ratio |\n|---|---|---|---|\n");
        backlogRow(out, "fill /s", ours, theirs, Backlog.Result::fillPerSecond, "%,.0f");
        backlogRow(out, "drain /s", ours, theirs, Backlog.Result::drainPerSecond, "%,.0f");
        backlogRow(out, "disk MiB after the fill", ours, theirs, r -> r.diskBytes() / 1048576.0, "%,.1f");
        out.append("| fill as commits/s of fsync/s | ")
                .append(format("%.2f", median(ours, Backlog.Result::fillPerSecond) / Backlog.COMMIT_EVERY / fsync)).append(" | ")
                .append(format("%.2f", median(theirs, Backlog.Result::fillPerSecond) / Backlog.COMMIT_EVERY / fsync))
                .append(" | |\n");
    }

    private static void backlogRow(StringBuilder out, String name, List<Backlog.Result> ours, List<Backlog.Result> theirs,
                                   ToDoubleFunction<Backlog.Result> figure, String pattern) {
        double a = median(ours, figure);
        double b = median(theirs, figure);
        out.append("| ").append(name).append(" | ").append(format(pattern, a)).append(' ').append(spread(ours, figure, pattern))
                .append(" | ").append(format(pattern, b)).append(' ').append(spread(theirs, figure, pattern))
                .append(" | ").append(format("%.2fx", a / b)).append(" |\n");
    }

    private static String rateWithSpread(List<CellResult> results) {
        return format("%,.0f", median(results, CellResult::perSecond)) + " " + spread(results, CellResult::perSecond, "%,.0f");
    }

    private static <T> String spread(List<T> values, ToDoubleFunction<T> figure, String pattern) {
        double min = values.stream().mapToDouble(figure).min().orElse(0);
        double max = values.stream().mapToDouble(figure).max().orElse(0);
        return "[" + format(pattern, min) + "-" + format(pattern, max) + "]";
    }

    private static String latencies(List<CellResult> results) {
        return format("%,.0f / %,.0f / %,.0f", median(results, r -> r.percentileMicros(50)),
                median(results, r -> r.percentileMicros(99)), median(results, r -> r.percentileMicros(99.9)));
    }

    private static <T> double median(List<T> results, ToDoubleFunction<T> figure) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
