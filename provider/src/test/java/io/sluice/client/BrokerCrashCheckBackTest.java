package io.sluice.client;

import io.sluice.client.transactional.LocalTransactionState;
import io.sluice.client.transactional.TransactionalProducer;
import io.sluice.server.SluiceServer;
import io.sluice.testing.ChildJvm;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standalone broker process is killed with SIGKILL while a transactional producer's transaction is undecided;
 * after the restart the transaction is checked back (its half message was durable) and committed exactly once.
 */
class BrokerCrashCheckBackTest {
    private static final String LISTENING = "listening on ";
    private static final long RECEIVE_TIMEOUT = 20_000;

    @TempDir
    Path dataDir;

    private ChildJvm startServer(CompletableFuture<String> address) throws Exception {
        return ChildJvm.start(SluiceServer.class, line -> {
            if (line.startsWith(LISTENING)) {
                address.complete(line.substring(LISTENING.length()));
            }
        }, "--port", "0", "--dataDir", dataDir.toString(), "--name", "check-back-crash",
                "--checkAfterMillis", "200", "--checkIntervalMillis", "200", "--maxChecks", "100");
    }

    @Test
    void anUndecidedTransactionOutlivesAKilledBrokerAndIsCheckedBackAfterTheRestart() throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        List<String> askedBeforeTheCrash = new CopyOnWriteArrayList<>();
        try (ChildJvm server = startServer(first)) {
            Connection connection = new SluiceConnectionFactory("tcp://" + first.get(60, TimeUnit.SECONDS))
                    .createConnection();
            Session session = connection.createSession();
            TransactionalProducer producer = TransactionalProducer.create(connection, "order-service", message -> {
                askedBeforeTheCrash.add(((TextMessage) message).getText());
                return LocalTransactionState.UNKNOWN;
            });
            producer.send(session.createQueue("orders"), session.createTextMessage("order-1"),
                    message -> LocalTransactionState.UNKNOWN);
            long deadline = Brokers.deadline();
            while (Brokers.before(deadline) && askedBeforeTheCrash.isEmpty()) {
                Thread.sleep(20);
            }
            assertThat(askedBeforeTheCrash).as("checked before the crash").isNotEmpty();
            server.kill();
            try {
                connection.close();
            } catch (jakarta.jms.JMSException closedByTheKill) {
                // the broker's state is what is tested
            }
        }
        CompletableFuture<String> second = new CompletableFuture<>();
        try (ChildJvm server = startServer(second)) {
            try (Connection connection = new SluiceConnectionFactory("tcp://" + second.get(60, TimeUnit.SECONDS))
                    .createConnection()) {
                connection.start();
                Session session = connection.createSession();
                Queue orders = session.createQueue("orders");
                MessageConsumer consumer = session.createConsumer(orders);
                assertThat(consumer.receive(300)).as("still a half message").isNull();
                List<String> asked = new CopyOnWriteArrayList<>();
                TransactionalProducer.create(connection, "order-service", message -> {
                    asked.add(((TextMessage) message).getText());
                    return LocalTransactionState.COMMIT;
                });
                assertThat(((TextMessage) consumer.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("order-1");
                assertThat(consumer.receive(500)).as("exactly once").isNull();
                assertThat(asked).containsExactly("order-1");
            }
            server.stop();
        }
    }
}
