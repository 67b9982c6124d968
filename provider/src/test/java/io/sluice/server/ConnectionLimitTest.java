package io.sluice.server;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A flood of connections meets maxConnections: the extra ones are refused with the reason, the others go on. */
class ConnectionLimitTest {

    @TempDir
    Path dataDir;

    @Test
    void connectionsBeyondTheLimitAreRefusedAndTheOpenOnesKeepWorking() throws Exception {
        try (TcpBroker broker = TcpBroker.start(TcpBroker.config(dataDir, null).withMaxConnections(2));
             Connection first = broker.factory().createConnection();
             Connection second = broker.factory().createConnection()) {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> broker.factory().createConnection().close())
                        .isInstanceOf(JMSException.class).hasMessageContaining("connection limit of 2");
            }
            for (Connection connection : new Connection[] {first, second}) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue("q")).send(session.createTextMessage("still served"));
            }
            second.close();
            assertThat(connectOnceTheServerSawTheClose(broker)).isTrue();
        }
    }

    /** The server learns of a close asynchronously: a new connection is accepted once it has. */
    private static boolean connectOnceTheServerSawTheClose(TcpBroker broker) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Connection again = broker.factory().createConnection()) {
                return true;
            } catch (JMSException stillCounted) {
                Thread.sleep(50);
            }
        }
        return false;
    }
}
