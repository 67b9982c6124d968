package io.sluice.server;

import io.sluice.broker.BrokerConfig;
import io.sluice.checkback.CheckBackSettings;
import io.sluice.store.FlushPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The command line of {@link SluiceServer#main}: {@code --option value} pairs, each optional. */
final class ServerArgs {

    static final String USAGE = "usage: SluiceServer [--host 127.0.0.1] [--port 7676] [--name sluice]"
            + " [--dataDir ./data/<name>] [--securityConfig FILE] [--flushPolicy SYNC|ASYNC] [--queueCount 4]"
            + " [--maxFrameBytes 16777216] [--heartbeatMillis 10000]";

    private ServerArgs() {
    }

    static ServerConfig parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option needs a value");
        }
        String name = "sluice";
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--name")) {
                name = args[i + 1];
            }
        }
        BrokerConfig broker = BrokerConfig.defaults(name);
        ServerConfig server = ServerConfig.defaults(broker);
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--name" -> { }
                case "--host" -> server = new ServerConfig(value, server.port(), server.maxFrameBytes(),
                        server.heartbeatMillis(), server.broker());
                case "--port" -> server = server.withPort(number(args[i], value));
                case "--maxFrameBytes" -> server = server.withMaxFrameBytes(number(args[i], value));
                case "--heartbeatMillis" -> server = server.withHeartbeatMillis(number(args[i], value));
                case "--dataDir" -> broker = withBroker(broker, Path.of(value), broker.flushPolicy(),
                        broker.queueCount(), broker.securityConfig());
                case "--securityConfig" -> broker = withBroker(broker, broker.dataDir(), broker.flushPolicy(),
                        broker.queueCount(), Path.of(value));
                case "--flushPolicy" -> broker = withBroker(broker, broker.dataDir(),
                        FlushPolicy.valueOf(value.toUpperCase(Locale.ROOT)), broker.queueCount(),
                        broker.securityConfig());
                case "--queueCount" -> broker = withBroker(broker, broker.dataDir(), broker.flushPolicy(),
                        number(args[i], value), broker.securityConfig());
                case "--checkAfterMillis" -> broker = broker.withCheckBack(new CheckBackSettings(
                        Duration.ofMillis(number(args[i], value)), broker.checkBack().checkInterval(),
                        broker.checkBack().maxChecks()));
                case "--checkIntervalMillis" -> broker = broker.withCheckBack(new CheckBackSettings(
                        broker.checkBack().checkAfter(), Duration.ofMillis(number(args[i], value)),
                        broker.checkBack().maxChecks()));
                case "--maxChecks" -> broker = broker.withCheckBack(new CheckBackSettings(
                        broker.checkBack().checkAfter(), broker.checkBack().checkInterval(), number(args[i], value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new ServerConfig(server.host(), server.port(), server.maxFrameBytes(), server.heartbeatMillis(),
                broker);
    }

    /** BrokerConfig is a record without withers; this names the fields the command line sets. */
    private static BrokerConfig withBroker(BrokerConfig b, Path dataDir, FlushPolicy flushPolicy, int queueCount,
                                           Path securityConfig) {
        return new BrokerConfig(b.name(), dataDir, flushPolicy, queueCount, b.maxDiskBytes(), b.segmentBytes(),
                securityConfig, b.keepAlive(), b.orderedQueues(), b.checkBack());
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + " is not a number");
        }
    }
}
