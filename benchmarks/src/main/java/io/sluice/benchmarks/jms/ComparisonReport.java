package io.sluice.benchmarks.jms;

import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Collects every cell of a comparison run and renders the Markdown report with medians, spread and ratios. */
final class ComparisonReport {

    private final Transport transport;
    private final Workload workload;
    private final int rounds;
    private final PeerBroker sluice;
    private final PeerBroker peer;
    private final Map<Scenario, Map<String, List<CellResult>>> cells = new EnumMap<>(Scenario.class);

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

    String markdown(List<Scenario> scenarios) {
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
                .append(" bytes per cell (request-reply: a tenth as many round trips); ").append(rounds)
                .append(" round(s), broker order alternating per round; figures are medians with [min-max]\n");
        out.append("- ").append(sluice.name()).append(" durability: ").append(sluice.durability()).append('\n');
        out.append("- ").append(peer.name()).append(" durability: ").append(peer.durability()).append("\n\n");
        out.append("| scenario | ").append(sluice.name()).append(" /s | ").append(peer.name()).append(" /s | ratio | ")
                .append(sluice.name()).append(" p50/p99/p99.9 us | ").append(peer.name()).append(" p50/p99/p99.9 us | p99 ratio |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Scenario scenario : scenarios) {
            Map<String, List<CellResult>> byBroker = cells.getOrDefault(scenario, Map.of());
            List<CellResult> ours = byBroker.getOrDefault(sluice.name(), List.of());
            List<CellResult> theirs = byBroker.getOrDefault(peer.name(), List.of());
            if (ours.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            double ourRate = median(ours, CellResult::perSecond);
            double theirRate = median(theirs, CellResult::perSecond);
            double ourP99 = median(ours, r -> r.percentileMicros(99));
            double theirP99 = median(theirs, r -> r.percentileMicros(99));
            out.append("| ").append(scenario.title).append(" | ").append(rateWithSpread(ours)).append(" | ")
                    .append(rateWithSpread(theirs)).append(" | ").append(format("%.2fx", ourRate / theirRate)).append(" | ")
                    .append(latencies(ours)).append(" | ").append(latencies(theirs)).append(" | ")
                    .append(format("%.2f", ourP99 / Math.max(1, theirP99))).append(" |\n");
        }
        out.append("\nScenarios:\n\n");
        for (Scenario scenario : scenarios) {
            out.append("- ").append(scenario.title).append(": ").append(scenario.description).append('\n');
        }
        out.append("\nA ratio above 1 means Sluice is faster; a p99 ratio below 1 means Sluice's p99 latency is lower.\n");
        return out.toString();
    }

    private static String rateWithSpread(List<CellResult> results) {
        double min = results.stream().mapToDouble(CellResult::perSecond).min().orElse(0);
        double max = results.stream().mapToDouble(CellResult::perSecond).max().orElse(0);
        return format("%,.0f [%,.0f-%,.0f]", median(results, CellResult::perSecond), min, max);
    }

    private static String latencies(List<CellResult> results) {
        return format("%,.0f / %,.0f / %,.0f", median(results, r -> r.percentileMicros(50)),
                median(results, r -> r.percentileMicros(99)), median(results, r -> r.percentileMicros(99.9)));
    }

    private static double median(List<CellResult> results, ToDoubleFunction<CellResult> figure) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
