package io.sluice.benchmarks.jms;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cells a run measures: all of them, or those named by the system properties {@code benchmarks.only}
 * (scenario names as in {@link Scenario}, or {@code BACKLOG}, comma-separated) and {@code benchmarks.transport}
 * ({@code IN_VM} or {@code TCP}). A partial run is for working on one figure; it writes its report beside the
 * build output, never over {@code RESULTS.md}.
 */
record CellSelection(Set<Scenario> scenarios, boolean backlog, Set<Transport> transports) {

    static final String BACKLOG = "BACKLOG";

    static CellSelection fromSystemProperties() {
        return parse(System.getProperty("benchmarks.only", ""), System.getProperty("benchmarks.transport", ""));
    }

    static CellSelection parse(String only, String transport) {
        Set<Scenario> scenarios = EnumSet.allOf(Scenario.class);
        boolean backlog = true;
        if (!only.isBlank()) {
            Set<String> names = names(only);
            backlog = names.remove(BACKLOG);
            scenarios = names.isEmpty() ? EnumSet.noneOf(Scenario.class)
                    : EnumSet.copyOf(names.stream().map(CellSelection::scenario).toList());
        }
        Set<Transport> transports = transport.isBlank() ? EnumSet.allOf(Transport.class)
                : EnumSet.copyOf(names(transport).stream().map(CellSelection::transport).toList());
        return new CellSelection(scenarios, backlog, transports);
    }

    boolean everything() {
        return scenarios.size() == Scenario.values().length && backlog && transports.size() == Transport.values().length;
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> name.toUpperCase(Locale.ROOT).replace('-', '_')).collect(Collectors.toSet());
    }

    private static Scenario scenario(String name) {
        try {
            return Scenario.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("benchmarks.only: no scenario " + name + "; known: "
                    + Arrays.toString(Scenario.values()) + " and " + BACKLOG, e);
        }
    }

    private static Transport transport(String name) {
        try {
            return Transport.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("benchmarks.transport: no transport " + name + "; known: "
                    + Arrays.toString(Transport.values()), e);
        }
    }
}
