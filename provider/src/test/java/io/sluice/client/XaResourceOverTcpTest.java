package io.sluice.client;

import io.sluice.server.TcpBroker;
import org.junit.jupiter.api.AfterEach;

/** Every {@link XaResourceTest} case again, over a socket on 127.0.0.1 to a SluiceServer. */
class XaResourceOverTcpTest extends XaResourceTest {

    private TcpBroker server;

    @Override
    SluiceXAConnectionFactory factory() throws Exception {
        server = TcpBroker.start(dataDir);
        return server.xaFactory();
    }

    @Override
    SluiceXAConnectionFactory restart() throws Exception {
        connection.close();
        server.close();
        server = TcpBroker.start(dataDir);
        factory = server.xaFactory();
        return factory;
    }

    @Override
    @AfterEach
    void close() throws Exception {
        super.close();
        server.close();
    }
}
