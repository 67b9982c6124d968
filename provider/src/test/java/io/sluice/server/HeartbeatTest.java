package io.sluice.server;

import io.sluice.protocol.FrameType;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** With a short heartbeat interval: idle clients stay connected, silent peers are dropped. */
class HeartbeatTest {

    private static final long HEARTBEAT_MILLIS = 250;

    @TempDir
    Path dataDir;
    TcpBroker broker;

    @BeforeEach
    void start() throws Exception {
        broker = TcpBroker.start(TcpBroker.config(dataDir, null).withHeartbeatMillis(HEARTBEAT_MILLIS));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void anIdleClientKeepsItsConnectionThroughHeartbeats() throws Exception {
        try (Connection connection = broker.factory().createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("idle");
            MessageConsumer consumer = session.createConsumer(queue);
            connection.start();
            // ten intervals without a request: only heartbeats keep the server from dropping it
            Thread.sleep(10 * HEARTBEAT_MILLIS);
            session.createProducer(queue).send(session.createTextMessage("still here"));
            assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("still here");
        }
    }

    @Test
    void aPeerThatSendsNoHeartbeatsIsDropped() throws Exception {
        try (RawClient raw = new RawClient(broker.port())) {
            raw.hello();
            assertThat(raw.readFrameType()).isEqualTo(FrameType.RESPONSE.code());
            long start = System.nanoTime();
            // the server's own heartbeats arrive, then it closes: this client never answers them
            assertThat(raw.closedByServer()).isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(RECEIVE_TIMEOUT);
        }
    }
}
