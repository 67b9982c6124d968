package io.sluice.benchmarks.jms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs every scenario against Sluice and Artemis in one JVM, in rounds whose broker order alternates, and
 * writes {@code RESULTS.md} with medians, spread and the ratio Sluice / Artemis. Arguments:
 * {@code full|smoke}, the output directory, and optionally the number of rounds (at least 2 for a full run).
 */
public final class JmsComparison {

    private JmsComparison() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = args.length > 0 && args[0].equals("smoke");
        Path output = Path.of(args.length > 1 ? args[1] : ".");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : smoke ? 1 : 3;
        Path report = output.resolve(smoke ? "target/RESULTS-smoke.md" : "RESULTS.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, run(smoke ? Workload.smoke() : Workload.full(), rounds, output.resolve("target/bench-data")));
        System.out.println(Files.readString(report));
    }

    static String run(Workload workload, int rounds, Path dataDir) throws Exception {
        StringBuilder report = new StringBuilder();
        for (Transport transport : Transport.values()) {
            report.append(run(workload, rounds, dataDir, transport)).append('\n');
        }
        return report.toString();
    }

    private static String run(Workload workload, int rounds, Path dataDir, Transport transport) throws Exception {
        Files.createDirectories(dataDir);
        Path sluiceDir = Files.createTempDirectory(dataDir, "sluice-");
        Path artemisDir = Files.createTempDirectory(dataDir, "artemis-");
        try (PeerBroker sluice = new SluicePeer(sluiceDir, transport); PeerBroker artemis = new ArtemisPeer(artemisDir, transport)) {
            ComparisonReport report = new ComparisonReport(transport, workload, rounds, sluice, artemis);
            int cell = 0;
            for (int round = 0; round < rounds; round++) {
                for (Scenario scenario : Scenario.values()) {
                    List<PeerBroker> order = round % 2 == 0 ? List.of(sluice, artemis) : List.of(artemis, sluice);
                    for (PeerBroker broker : order) {
                        String destination = "bench." + scenario.name().toLowerCase() + "." + (++cell);
                        CellResult result = scenario.run(broker.connectionFactory(), workload, destination);
                        report.add(scenario, broker, result);
                        System.out.printf("%s round %d %-20s %-8s %,12.0f/s p99 %,8.0f us%n", transport, round + 1,
                                scenario.title, broker.name(), result.perSecond(), result.percentileMicros(99));
                    }
                }
            }
            return report.markdown(List.of(Scenario.values()));
        }
    }
}
