package io.sluice.client;

import io.sluice.server.TcpBroker;
import org.junit.jupiter.api.AfterEach;

/** Every {@link LocalTransactionTest} case again, over a socket on 127.0.0.1 to a SluiceServer. */
class LocalTransactionOverTcpTest extends LocalTransactionTest {

    private TcpBroker server;

    @Override
    SluiceConnectionFactory factory() throws Exception {
        server = TcpBroker.start(dataDir);
        return server.factory();
    }

    @Override
    @AfterEach
    void close() throws Exception {
        super.close();
        server.close();
    }
}
