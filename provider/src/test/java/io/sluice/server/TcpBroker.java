package io.sluice.server;

import io.sluice.broker.BrokerConfig;
import io.sluice.checkback.CheckBackSettings;
import io.sluice.client.SluiceConnectionFactory;
import io.sluice.store.FlushPolicy;
import jakarta.jms.JMSException;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: a {@link SluiceServer} on 127.0.0.1 and a free port, over its own data directory. */
public final class TcpBroker implements AutoCloseable {

    static final long RECEIVE_TIMEOUT = 10_000;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final SluiceServer server;

    private TcpBroker(SluiceServer server) {
        this.server = server;
    }

    public static TcpBroker start(Path dataDir) throws JMSException {
        return start(config(dataDir, null));
    }

    /** With the given check-back settings (transactional producers). */
    public static TcpBroker start(Path dataDir, CheckBackSettings checkBack) throws JMSException {
        ServerConfig config = config(dataDir, null);
        return start(new ServerConfig(config.host(), config.port(), config.maxFrameBytes(), config.heartbeatMillis(),
                config.broker().withCheckBack(checkBack)));
    }

    static TcpBroker start(ServerConfig config) throws JMSException {
        return new TcpBroker(SluiceServer.start(config));
    }

    /** Any free port, small frames (so tests can exceed them cheaply), two queues per destination. */
    static ServerConfig config(Path dataDir, Path securityConfig) {
        BrokerConfig broker = new BrokerConfig("tcp-test-" + NAMES.incrementAndGet(), dataDir, FlushPolicy.SYNC, 2, 0,
                BrokerConfig.DEFAULT_SEGMENT_BYTES, securityConfig, true, Set.of());
        return ServerConfig.defaults(broker).withPort(0).withMaxFrameBytes(64 * 1024);
    }

    int port() {
        return server.port();
    }

    String url(String options) {
        return "tcp://127.0.0.1:" + port() + (options.isEmpty() ? "" : "?" + options);
    }

    public SluiceConnectionFactory factory() {
        return new SluiceConnectionFactory(url(""));
    }

    public io.sluice.client.SluiceXAConnectionFactory xaFactory() {
        return new io.sluice.client.SluiceXAConnectionFactory(url(""));
    }

    SluiceConnectionFactory factory(String options) {
        return new SluiceConnectionFactory(url(options));
    }

    @Override
    public void close() {
        server.close();
    }
}
