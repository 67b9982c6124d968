package io.sluice.server;

import io.sluice.broker.BrokerConfig;
import io.sluice.checkback.CheckBackSettings;
import io.sluice.store.FlushPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns named settings (from a configuration file, overridden by the command line) into a
 * {@link ServerConfig}; a setting left out keeps the default documented in docs/configuration.md.
 * The names are the same in both places: {@code port=7676} in the file, {@code --port 7676} on the command line.
 */
final class ServerSettings {

    static final List<String> NAMES = List.of("name", "host", "port", "dataDir", "securityConfig", "flushPolicy",
            "queueCount", "maxDiskBytes", "segmentBytes", "orderedQueues", "maxFrameBytes", "heartbeatMillis",
            "tlsKeyStore", "tlsKeyStorePassword", "tlsTrustStore", "tlsTrustStorePassword", "tlsClientAuth",
            "maxConnections", "checkAfterMillis", "checkIntervalMillis", "maxChecks");

    private ServerSettings() {
    }

    /**
     * @param where names the source of each setting in error messages, e.g. the file or "the command line"
     * @throws IllegalArgumentException naming the setting and its source when one is unknown or malformed
     */
    static ServerConfig toConfig(Map<String, String> settings, Map<String, String> where) {
        for (String key : settings.keySet()) {
            if (!NAMES.contains(key)) {
                throw new IllegalArgumentException(where.get(key) + ": unknown setting '" + key + "'; expected one of "
                        + NAMES);
            }
        }
        Values values = new Values(settings, where);
        BrokerConfig defaults = BrokerConfig.defaults(values.text("name", "sluice"));
        Path dataDir = values.path("dataDir", defaults.dataDir());
        FlushPolicy flushPolicy = values.flushPolicy(defaults.flushPolicy());
        int queueCount = values.integer("queueCount", defaults.queueCount());
        long maxDiskBytes = values.number("maxDiskBytes", defaults.maxDiskBytes());
        int segmentBytes = values.integer("segmentBytes", defaults.segmentBytes());
        Path securityConfig = values.path("securityConfig", defaults.securityConfig());
        Set<String> orderedQueues = values.names("orderedQueues", defaults.orderedQueues());
        ServerConfig serverDefaults = ServerConfig.defaults(defaults);
        String host = values.text("host", serverDefaults.host());
        int port = values.integer("port", serverDefaults.port());
        int maxFrameBytes = values.integer("maxFrameBytes", serverDefaults.maxFrameBytes());
        long heartbeatMillis = values.number("heartbeatMillis", serverDefaults.heartbeatMillis());
        boolean clientAuth = values.clientAuth();
        int maxConnections = values.integer("maxConnections", serverDefaults.maxConnections());
        try {
            TlsConfig tls = new TlsConfig(values.path("tlsKeyStore", null), values.text("tlsKeyStorePassword", null),
                    values.path("tlsTrustStore", null), values.text("tlsTrustStorePassword", null), clientAuth);
            // a server's broker lives as long as its process, whatever its connections do: keepAlive
            CheckBackSettings checkBack = new CheckBackSettings(
                    Duration.ofMillis(values.number("checkAfterMillis", defaults.checkBack().checkAfter().toMillis())),
                    Duration.ofMillis(values.number("checkIntervalMillis",
                            defaults.checkBack().checkInterval().toMillis())),
                    values.integer("maxChecks", defaults.checkBack().maxChecks()));
            BrokerConfig broker = new BrokerConfig(defaults.name(), dataDir, flushPolicy, queueCount, maxDiskBytes,
                    segmentBytes, securityConfig, true, orderedQueues, checkBack);
            return new ServerConfig(host, port, maxFrameBytes, heartbeatMillis, broker, tls, maxConnections);
        } catch (IllegalArgumentException e) {
            // the records' range checks name the setting; add where the settings came from
            Set<String> sources = new LinkedHashSet<>(where.values());
            throw new IllegalArgumentException(String.join(", ", sources) + ": " + e.getMessage(), e);
        }
    }

    /** Typed reads of the settings, each error naming the setting and where it came from. */
    private record Values(Map<String, String> settings, Map<String, String> where) {

        String text(String key, String otherwise) {
            String value = settings.get(key);
            return value == null ? otherwise : value;
        }

        Path path(String key, Path otherwise) {
            String value = settings.get(key);
            return value == null ? otherwise : Path.of(value);
        }

        long number(String key, long otherwise) {
            String value = settings.get(key);
            if (value == null) {
                return otherwise;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where.get(key) + ": " + key + " '" + value + "' is not a number");
            }
        }

        int integer(String key, int otherwise) {
            long value = number(key, otherwise);
            if (value != (int) value) {
                throw new IllegalArgumentException(where.get(key) + ": " + key + " " + value + " is too large");
            }
            return (int) value;
        }

        FlushPolicy flushPolicy(FlushPolicy otherwise) {
            String value = settings.get("flushPolicy");
            if (value == null) {
                return otherwise;
            }
            try {
                return FlushPolicy.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where.get("flushPolicy") + ": flushPolicy '" + value
                        + "' is not one of " + Arrays.toString(FlushPolicy.values()));
            }
        }

        boolean clientAuth() {
            String value = settings.get("tlsClientAuth");
            if (value == null || value.equals("none")) {
                return false;
            }
            if (value.equals("require")) {
                return true;
            }
            throw new IllegalArgumentException(where.get("tlsClientAuth") + ": tlsClientAuth '" + value
                    + "' is not one of [none, require]");
        }

        Set<String> names(String key, Set<String> otherwise) {
            String value = settings.get(key);
            if (value == null) {
                return otherwise;
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
