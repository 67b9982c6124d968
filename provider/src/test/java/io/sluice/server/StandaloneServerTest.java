package io.sluice.server;

import io.sluice.client.SluiceConnectionFactory;
import io.sluice.testing.ChildJvm;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** SluiceServer's main as its own process: clients reach it over TCP, and a stopped server keeps its messages. */
class StandaloneServerTest {

    private static final String LISTENING = "listening on ";

    @TempDir
    Path dataDir;

    private ChildJvm startServer(CompletableFuture<String> address) throws Exception {
        return ChildJvm.start(SluiceServer.class, line -> {
            if (line.startsWith(LISTENING)) {
                address.complete(line.substring(LISTENING.length()));
            }
        }, "--port", "0", "--dataDir", dataDir.toString(), "--name", "standalone");
    }

    @Test
    void aPersistentMessageSurvivesAStopAndRestartOfTheServerProcess() throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        try (ChildJvm server = startServer(first)) {
            SluiceConnectionFactory factory = new SluiceConnectionFactory("tcp://" + first.get(60, TimeUnit.SECONDS));
            try (Connection connection = factory.createConnection()) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue("kept")).send(session.createTextMessage("across restarts"));
            }
            server.stop();
        }
        CompletableFuture<String> second = new CompletableFuture<>();
        try (ChildJvm server = startServer(second)) {
            SluiceConnectionFactory factory = new SluiceConnectionFactory("tcp://" + second.get(60, TimeUnit.SECONDS));
            try (Connection connection = factory.createConnection()) {
                Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
                connection.start();
                TextMessage received = (TextMessage) session.createConsumer(session.createQueue("kept"))
                        .receive(RECEIVE_TIMEOUT);
                assertThat(received.getText()).isEqualTo("across restarts");
            }
            server.stop();
        }
    }
}
