package io.sluice.server;

import io.sluice.protocol.FrameType;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded run of random frames, before and after a handshake, each on a connection of its own: whatever
 * arrives, the server closes or answers that connection only, keeps serving others, and loses nothing.
 */
class FrameFuzzTest {

    private static final int CONNECTIONS = 150;
    private static final FrameType[] TYPES = FrameType.values();

    @TempDir
    Path dataDir;

    @Test
    void randomFramesNeitherStopTheServerNorLoseAcknowledgedMessages() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (TcpBroker broker = TcpBroker.start(dataDir)) {
            try (Connection connection = broker.factory().createConnection()) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue("kept")).send(session.createTextMessage("before the fuzz"));
            }
            for (int i = 0; i < CONNECTIONS; i++) {
                try (RawClient raw = new RawClient(broker.port())) {
                    if (random.nextBoolean()) {
                        raw.hello();
                    }
                    for (int frames = 1 + random.nextInt(5); frames > 0; frames--) {
                        sendRandom(raw, random);
                    }
                } catch (IOException closedByTheServerMidWrite) {
                    // the server may drop the connection while frames are still being written: that is its answer
                }
            }
            try (Connection connection = broker.factory().createConnection()) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                connection.start();
                TextMessage kept = (TextMessage) session.createConsumer(session.createQueue("kept"))
                        .receive(RECEIVE_TIMEOUT);
                assertThat(kept).as("seed " + seed).isNotNull();
                assertThat(kept.getText()).isEqualTo("before the fuzz");
            }
        }
    }

    private static void sendRandom(RawClient raw, Random random) throws IOException {
        byte[] body = new byte[random.nextInt(64)];
        random.nextBytes(body);
        switch (random.nextInt(4)) {
            case 0 -> raw.sendRaw(body); // not even a frame: any length prefix, any bytes
            case 1 -> raw.send(random.nextInt(256) - 128, random.nextInt(), body); // any type code
            default -> raw.send(TYPES[random.nextInt(TYPES.length)].code(), random.nextInt(), body);
        }
    }
}
