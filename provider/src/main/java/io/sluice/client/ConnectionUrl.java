package io.sluice.client;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parsed connection URL: {@code vm://<broker name>?option=value&...} or {@code tcp://host:port?...}.
 * Parsing checks the syntax and that every option is known, so a typo fails when the factory is
 * built rather than being silently ignored; option values are checked by the objects that use them.
 */
public record ConnectionUrl(String scheme, String authority, Map<String, String> options) implements Serializable {

    /** Every option a URL may carry; docs/configuration.md describes each one. */
    public static final Set<String> KNOWN_OPTIONS = Set.of(
            "dataDir", "flushPolicy", "queueCount", "maxDiskBytes", "segmentBytes", "securityConfig",
            "keepAlive", "orderedQueues", "clientID", "user", "password", "prefetch", "sendBlockTimeout", "maxFrameBytes",
            "tls", "trustStore", "trustStorePassword", "keyStore", "keyStorePassword",
            "checkAfterMillis", "checkIntervalMillis", "maxChecks");

    public ConnectionUrl {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static ConnectionUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("connection URL is empty; expected vm://<broker name> or tcp://host:port");
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("connection URL '" + url + "' has no scheme; expected vm://<broker name> or tcp://host:port");
        }
        String scheme = url.substring(0, schemeEnd);
        if (!scheme.equals("vm") && !scheme.equals("tcp")) {
            throw new IllegalArgumentException("connection URL '" + url + "': unknown scheme '" + scheme + "', expected vm or tcp");
        }
        String rest = url.substring(schemeEnd + 3);
        int query = rest.indexOf('?');
        String authority = query < 0 ? rest : rest.substring(0, query);
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("connection URL '" + url + "' names no " + (scheme.equals("vm") ? "broker" : "host:port"));
        }
        Map<String, String> options = query < 0 ? Map.of() : parseOptions(url, rest.substring(query + 1));
        return new ConnectionUrl(scheme, authority, options);
    }

    private static Map<String, String> parseOptions(String url, String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("connection URL '" + url + "': option '" + pair + "' is not name=value");
            }
            String name = decode(pair.substring(0, eq));
            if (!KNOWN_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("connection URL '" + url + "': unknown option '" + name
                        + "'; known options are " + KNOWN_OPTIONS);
            }
            if (options.put(name, decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("connection URL '" + url + "': option '" + name + "' given twice");
            }
        }
        return options;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public boolean inVm() {
        return scheme.equals("vm");
    }

    public String option(String name) {
        return options.get(name);
    }

    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    public long longOption(String name, long defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("connection URL option " + name + "=" + value + " is not a number");
        }
    }

    public int intOption(String name, int defaultValue, int min) {
        long value = longOption(name, defaultValue);
        if (value < min || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connection URL option " + name + "=" + value + " must be between " + min
                    + " and " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    public boolean booleanOption(String name, boolean defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("connection URL option " + name + "=" + value + " must be true or false");
    }
}
