package io.sluice.engine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Comma-separated longs in metadata files and record properties. */
final class LongLists {
    private LongLists() {
    }

    static String encode(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    static String encode(Iterable<Long> values) {
        StringBuilder out = new StringBuilder();
        for (long v : values) {
            out.append(out.length() == 0 ? "" : ",").append(v);
        }
        return out.toString();
    }

    static long[] decode(String text) {
        if (text == null || text.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
