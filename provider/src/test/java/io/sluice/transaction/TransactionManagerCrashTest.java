package io.sluice.transaction;

import io.sluice.client.SluiceXAConnectionFactory;
import io.sluice.server.TcpBroker;
import io.sluice.testing.ChildJvm;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.transaction.xa.XAResource;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transaction manager's process (Narayana, H2, Sluice over tcp://) is killed with SIGKILL in the middle of a
 * two-phase commit; a new process recovers through Narayana's recovery manager with Sluice's
 * {@link SluiceXAResourceRecoveryHelper}. Killed after its decision was logged, everything commits; killed before,
 * everything rolls back. Either way the row, the sent message and the consumed message agree: nothing lost, nothing
 * duplicated.
 */
class TransactionManagerCrashTest {
    private static final long RECEIVE_TIMEOUT = 10_000;

    @TempDir
    Path brokerDir;
    @TempDir
    Path objectStore;
    @TempDir
    Path databaseDir;
    private TcpBroker broker;
    private String url;
    private JdbcDataSource database;

    @BeforeEach
    void start() throws Exception {
        broker = TcpBroker.start(brokerDir);
        url = broker.xaFactory().getUrl();
        database = Orders.dataSource(databaseDir);
        Orders.createTable(database);
        try (XAConnection connection = new SluiceXAConnectionFactory(url).createXAConnection()) {
            Session session = connection.createSession();
            session.createProducer(session.createQueue("work")).send(session.createTextMessage("job-1"));
        }
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private void crashAt(CrashPoint.Phase phase) throws Exception {
        String expected = phase == CrashPoint.Phase.COMMIT ? CrashPoint.IN_COMMIT : CrashPoint.IN_PREPARE;
        CompletableFuture<Void> reached = new CompletableFuture<>();
        try (ChildJvm child = ChildJvm.start(JtaCrashChild.class, line -> {
            if (line.equals(expected)) {
                reached.complete(null);
            }
        }, objectStore.toString(), databaseDir.toString(), url, phase.name())) {
            reached.get(120, TimeUnit.SECONDS);
            child.kill();
        }
    }

    private void recover() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try (ChildJvm child = ChildJvm.start(JtaRecoveryChild.class, line -> {
            if (line.equals(JtaRecoveryChild.DONE)) {
                done.complete(null);
            }
        }, objectStore.toString(), databaseDir.toString(), url)) {
            done.get(120, TimeUnit.SECONDS);
            child.waitFor();
        }
    }

    private int inDoubtAtTheBroker(XAConnection connection) throws Exception {
        return connection.createXASession().getXAResource().recover(XAResource.TMSTARTRSCAN).length;
    }

    @Test
    void killedAfterItsDecisionWasLoggedTheTransactionCommitsEverywhereAtRecovery() throws Exception {
        crashAt(CrashPoint.Phase.COMMIT);
        try (XAConnection connection = new SluiceXAConnectionFactory(url).createXAConnection()) {
            assertThat(inDoubtAtTheBroker(connection)).as("the Sluice branch is prepared and in doubt").isEqualTo(1);
        }
        recover();
        assertThat(Orders.count(database, "job-1")).isEqualTo(1);
        try (XAConnection connection = new SluiceXAConnectionFactory(url).createXAConnection()) {
            connection.start();
            assertThat(inDoubtAtTheBroker(connection)).isZero();
            Session session = connection.createSession();
            MessageConsumer results = session.createConsumer(session.createQueue("results"));
            assertThat(((TextMessage) results.receive(RECEIVE_TIMEOUT)).getText()).isEqualTo("result of job-1");
            assertThat(results.receive(300)).isNull();
            assertThat(session.createConsumer(session.createQueue("work")).receive(300)).isNull();
        }
    }

    @Test
    void killedBeforeItsDecisionTheTransactionRollsBackEverywhereAtRecovery() throws Exception {
        crashAt(CrashPoint.Phase.PREPARE);
        try (XAConnection connection = new SluiceXAConnectionFactory(url).createXAConnection()) {
            assertThat(inDoubtAtTheBroker(connection)).as("the Sluice branch is prepared and in doubt").isEqualTo(1);
        }
        recover();
        assertThat(Orders.count(database, "job-1")).isZero();
        try (XAConnection connection = new SluiceXAConnectionFactory(url).createXAConnection()) {
            connection.start();
            assertThat(inDoubtAtTheBroker(connection)).isZero();
            Session session = connection.createSession();
            assertThat(session.createConsumer(session.createQueue("results")).receive(300)).isNull();
            MessageConsumer work = session.createConsumer(session.createQueue("work"));
            Message again = work.receive(RECEIVE_TIMEOUT);
            assertThat(((TextMessage) again).getText()).isEqualTo("job-1");
            assertThat(again.getJMSRedelivered()).isTrue();
            assertThat(work.receive(300)).isNull();
        }
    }
}
