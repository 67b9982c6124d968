package io.sluice.server;

import io.sluice.broker.BrokerConfig;
import io.sluice.protocol.Protocol;

import java.util.Objects;

/**
 * How a {@link SluiceServer} listens: address and port (0 picks a free one), the largest frame
 * it accepts (the 4-byte length included), the heartbeat interval it asks clients to keep, and TLS.
 */
public record ServerConfig(String host, int port, int maxFrameBytes, long heartbeatMillis, BrokerConfig broker,
                           TlsConfig tls, int maxConnections) {

    /** Loopback only unless told otherwise, since TLS is off by default. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7676;
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(tls, "tls");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxFrameBytes < 1024) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 1024, was " + maxFrameBytes);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        if (heartbeatMillis < 1) {
            throw new IllegalArgumentException("heartbeatMillis must be positive, was " + heartbeatMillis);
        }
    }

    /** Plain TCP, without TLS. */
    public ServerConfig(String host, int port, int maxFrameBytes, long heartbeatMillis, BrokerConfig broker) {
        this(host, port, maxFrameBytes, heartbeatMillis, broker, TlsConfig.NONE, DEFAULT_MAX_CONNECTIONS);
    }

    public static ServerConfig defaults(BrokerConfig broker) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Protocol.DEFAULT_MAX_FRAME_BYTES,
                Protocol.DEFAULT_HEARTBEAT_MILLIS, broker);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, maxFrameBytes, heartbeatMillis, broker, tls, maxConnections);
    }

    public ServerConfig withMaxFrameBytes(int newMaxFrameBytes) {
        return new ServerConfig(host, port, newMaxFrameBytes, heartbeatMillis, broker, tls, maxConnections);
    }

    public ServerConfig withHeartbeatMillis(long newHeartbeatMillis) {
        return new ServerConfig(host, port, maxFrameBytes, newHeartbeatMillis, broker, tls, maxConnections);
    }

    public ServerConfig withTls(TlsConfig newTls) {
        return new ServerConfig(host, port, maxFrameBytes, heartbeatMillis, broker, newTls, maxConnections);
    }

    public ServerConfig withMaxConnections(int newMaxConnections) {
        return new ServerConfig(host, port, maxFrameBytes, heartbeatMillis, broker, tls, newMaxConnections);
    }
}
