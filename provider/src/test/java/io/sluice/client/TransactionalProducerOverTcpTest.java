package io.sluice.client;

import io.sluice.checkback.CheckBackSettings;
import io.sluice.server.TcpBroker;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/** Every {@link TransactionalProducerTest} case again, the checks sent as CHECK frames over 127.0.0.1. */
class TransactionalProducerOverTcpTest extends TransactionalProducerTest {
    private static final CheckBackSettings CHECKS = new CheckBackSettings(Duration.ofMillis(200),
            Duration.ofMillis(200), 3);
    private TcpBroker server;

    @Override
    ConnectionFactory factory() throws Exception {
        server = TcpBroker.start(dataDir, CHECKS);
        return server.factory();
    }

    @Override
    void restart() throws Exception {
        super.restart();
        server.close();
        factory = factory();
    }

    @Override
    @AfterEach
    void closeAll() throws Exception {
        super.closeAll();
        server.close();
    }
}
