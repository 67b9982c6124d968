package io.sluice.server;

import io.sluice.checkback.CheckBackSettings;
import io.sluice.client.transactional.LocalTransactionState;
import io.sluice.client.transactional.TransactionalProducer;
import io.sluice.security.PasswordHash;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sluice admin} against a running broker: listing with offsets and lag, purging, and its permission. */
class AdminCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int admin(TcpBroker broker, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = broker.url("");
        System.arraycopy(args, 0, all, 2, args.length);
        return AdminCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsOffsetsAndLagAndPurgeEmptiesTheQueue() throws Exception {
        try (TcpBroker broker = TcpBroker.start(dir.resolve("data"));
             Connection connection = broker.factory().createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("orders"));
            for (int i = 0; i < 5; i++) {
                producer.send(session.createTextMessage("order " + i));
            }
            connection.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue("orders"));
            assertThat(consumer.receive(RECEIVE_TIMEOUT)).isNotNull();
            assertThat(consumer.receive(RECEIVE_TIMEOUT)).isNotNull();
            consumer.close();
            session.createConsumer(session.createTopic("prices")).close();

            assertThat(admin(broker, "list")).isZero();
            assertThat(output()).contains("queue orders", "group jms.queue", "lag=3", "topic prices", "queue DLQ");

            assertThat(admin(broker, "purge", "orders")).isZero();
            assertThat(output()).contains("purged 3 messages from queue orders");
            assertThat(admin(broker, "list")).isZero();
            assertThat(output()).containsPattern("queue orders\\n  group jms.queue [^\\n]* lag=0");
            assertThat(session.createConsumer(session.createQueue("orders")).receive(500)).isNull();
        }
    }

    @Test
    void withASecurityFileOnlyTheAdminPermissionLetsAUserListOrPurge() throws Exception {
        Path file = dir.resolve("security.conf");
        Files.writeString(file, String.join("\n",
                "user.app = " + PasswordHash.create("app-secret".toCharArray(), 1000),
                "user.app.roles = app",
                "user.ops = " + PasswordHash.create("ops-secret".toCharArray(), 1000),
                "user.ops.roles = ops",
                "grant.create.# = app",
                "grant.send.# = app",
                "grant.admin.queue:orders = ops",
                ""));
        try (TcpBroker broker = TcpBroker.start(TcpBroker.config(dir.resolve("data"), file));
             Connection connection = broker.factory().createConnection("app", "app-secret")) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("orders")).send(session.createTextMessage("one"));
            session.createProducer(session.createQueue("invoices")).send(session.createTextMessage("two"));

            assertThat(admin(broker, "--user", "app", "--password", "app-secret", "list")).isZero();
            assertThat(output()).isEmpty();
            assertThat(admin(broker, "--user", "app", "--password", "app-secret", "purge", "orders")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("may not administer queue 'orders'");

            assertThat(admin(broker, "--user", "ops", "--password", "ops-secret", "list")).isZero();
            assertThat(output()).contains("queue orders").doesNotContain("invoices");
            assertThat(admin(broker, "--user", "ops", "--password", "ops-secret", "purge", "orders")).isZero();
            assertThat(output()).contains("purged 1 messages");
            assertThat(admin(broker, "--user", "ops", "--password", "ops-secret", "purge", "invoices")).isEqualTo(1);
        }
    }

    @Test
    void resetLatestMovesADurableSubscriptionPastWhatWasPublished() throws Exception {
        try (TcpBroker broker = TcpBroker.start(dir.resolve("data"));
             Connection connection = broker.factory("clientID=c1").createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            session.createDurableSubscriber(session.createTopic("prices"), "sub").close();
            MessageProducer producer = session.createProducer(session.createTopic("prices"));
            for (int i = 0; i < 4; i++) {
                producer.send(session.createTextMessage("price " + i));
            }
            assertThat(admin(broker, "list")).isZero();
            assertThat(output()).containsPattern("topic prices\n  group jms.durable.c1.sub [^\n]* lag=4");

            assertThat(admin(broker, "reset-latest", "topic", "prices", "jms.durable.c1.sub")).isZero();
            assertThat(output()).contains("skipped 4 messages");
            connection.start();
            assertThat(session.createDurableSubscriber(session.createTopic("prices"), "sub").receive(500)).isNull();

            assertThat(admin(broker, "reset-latest", "topic", "prices", "jms.durable.c1.other")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no consumer group jms.durable.c1.other");
        }
    }

    @Test
    void inDoubtListsACheckBackTransactionPastItsChecksAndCommitTransactionDecidesIt() throws Exception {
        CheckBackSettings oneCheck = new CheckBackSettings(Duration.ofMillis(50), Duration.ofMillis(50), 1);
        try (TcpBroker broker = TcpBroker.start(dir.resolve("data"), oneCheck);
             Connection connection = broker.factory().createConnection()) {
            connection.start();
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                    message -> LocalTransactionState.UNKNOWN);
            String id = producer.send(session.createQueue("orders"), session.createTextMessage("order"),
                    message -> LocalTransactionState.UNKNOWN).transactionId();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECEIVE_TIMEOUT);
            do {
                assertThat(admin(broker, "in-doubt")).isZero();
            } while (!output().contains(id) && System.nanoTime() < deadline);
            assertThat(output()).contains("in doubt " + id + " group=orders-service checks=1");
            assertThat(admin(broker, "commit-transaction", id)).isZero();
            assertThat(output()).contains(id + " COMMITTED");
            assertThat(admin(broker, "rollback-transaction", id)).isZero();
            assertThat(output()).as("decided once").contains(id + " COMMITTED");
            assertThat(session.createConsumer(session.createQueue("orders")).receive(RECEIVE_TIMEOUT)).isNotNull();
            assertThat(admin(broker, "rollback-transaction", "checkback.orders-service.unknown")).isEqualTo(1);
        }
    }

    @Test
    void usageMistakesAreReportedWithExitStatusTwo() throws Exception {
        try (TcpBroker broker = TcpBroker.start(dir.resolve("data"))) {
            assertThat(admin(broker, "frobnicate")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown admin command", "usage");
            assertThat(admin(broker, "purge")).isEqualTo(2);
            assertThat(admin(broker, "reset-latest", "table", "x", "g")).isEqualTo(2);
            assertThat(admin(broker, "purge", "no-such-queue")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no queue no-such-queue");
        }
    }
}
