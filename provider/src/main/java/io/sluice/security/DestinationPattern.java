package io.sluice.security;

import java.util.Arrays;
import java.util.List;

/**
 * A destination name pattern of a grant: an optional {@code queue:} or {@code topic:} kind prefix, then
 * dot-separated segments where {@code *} matches exactly one segment and {@code #} matches zero or more segments
 * (the AMQP / Artemis convention). {@code orders.*} matches {@code orders.eu} but not {@code orders} or
 * {@code orders.eu.paris}; {@code orders.#} matches all three; {@code #} matches every name.
 */
final class DestinationPattern {

    private enum Kind { ANY, QUEUE, TOPIC }

    private static final String ONE_SEGMENT = "*";
    private static final String ANY_SEGMENTS = "#";

    private final String text;
    private final Kind kind;
    private final List<String> segments;

    private DestinationPattern(String text, Kind kind, List<String> segments) {
        this.text = text;
        this.kind = kind;
        this.segments = segments;
    }

    /** @throws IllegalArgumentException saying what is wrong with {@code text} */
    static DestinationPattern parse(String text) {
        Kind kind = Kind.ANY;
        String names = text;
        if (text.startsWith("queue:")) {
            kind = Kind.QUEUE;
            names = text.substring("queue:".length());
        } else if (text.startsWith("topic:")) {
            kind = Kind.TOPIC;
            names = text.substring("topic:".length());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the destination pattern is empty");
        }
        List<String> segments = Arrays.asList(names.split("\\.", -1));
        for (String segment : segments) {
            requireValidSegment(segment, text);
        }
        return new DestinationPattern(text, kind, List.copyOf(segments));
    }

    boolean matches(String destination, boolean topic) {
        if ((kind == Kind.QUEUE && topic) || (kind == Kind.TOPIC && !topic)) {
            return false;
        }
        return matchSegments(destination.split("\\.", -1));
    }

    /**
     * Dynamic programming over (pattern prefix, name prefix): a pattern with several {@code #} would take
     * exponential time with naive backtracking.
     */
    private boolean matchSegments(String[] name) {
        // matched[j] = the pattern prefix processed so far matches the first j name segments
        boolean[] matched = new boolean[name.length + 1];
        matched[0] = true;
        for (String segment : segments) {
            boolean[] next = new boolean[name.length + 1];
            if (segment.equals(ANY_SEGMENTS)) {
                boolean reachable = false;
                for (int j = 0; j <= name.length; j++) {
                    reachable |= matched[j];
                    next[j] = reachable;
                }
            } else {
                for (int j = 1; j <= name.length; j++) {
                    next[j] = matched[j - 1] && (segment.equals(ONE_SEGMENT) || segment.equals(name[j - 1]));
                }
            }
            matched = next;
        }
        return matched[name.length];
    }

    private static void requireValidSegment(String segment, String pattern) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("the destination pattern '" + pattern + "' has an empty segment");
        }
        boolean wildcard = segment.equals(ONE_SEGMENT) || segment.equals(ANY_SEGMENTS);
        if (!wildcard && (segment.contains(ONE_SEGMENT) || segment.contains(ANY_SEGMENTS))) {
            throw new IllegalArgumentException("the destination pattern '" + pattern
                    + "' uses a wildcard inside the segment '" + segment + "': * and # must stand alone between dots");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
