package io.sluice.client;

import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;
import io.sluice.client.transactional.LocalTransactionState;
import io.sluice.client.transactional.TransactionAdmin;
import io.sluice.client.transactional.TransactionChecker;
import io.sluice.client.transactional.TransactionalProducer;
import io.sluice.client.transactional.TransactionalSendResult;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transactional producer with check-back, in-VM; {@link TransactionalProducerOverTcpTest} runs every case
 * again over a socket. The broker checks undecided transactions after 200 ms, every 200 ms, at most 3 times.
 */
class TransactionalProducerTest {
    static final String CHECK_OPTIONS = "checkAfterMillis=200&checkIntervalMillis=200&maxChecks=3";
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dataDir;
    ConnectionFactory factory;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private Connection connection;
    private Session session;
    private Queue orders;

    /** The broker under test, with {@link #CHECK_OPTIONS}. */
    ConnectionFactory factory() throws Exception {
        return Brokers.factory(dataDir, "keepAlive=false&" + CHECK_OPTIONS);
    }

    /** Closes every connection and starts the broker again on the same data. */
    void restart() throws Exception {
        closeAll();
    }

    @BeforeEach
    void connect() throws Exception {
        factory = factory();
        open();
    }

    private void open() throws Exception {
        connection = newConnection();
        session = connection.createSession();
        orders = session.createQueue("orders");
    }

    Connection newConnection() throws Exception {
        Connection opened = factory.createConnection();
        opened.start();
        connections.add(opened);
        return opened;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (Connection open : connections) {
            open.close();
        }
        connections.clear();
    }

    private TextMessage order(String text) throws Exception {
        return session.createTextMessage(text);
    }

    private String receive(long timeoutMillis) throws Exception {
        try (MessageConsumer consumer = session.createConsumer(orders)) {
            Message message = consumer.receive(timeoutMillis);
            return message == null ? null : ((TextMessage) message).getText();
        }
    }

    private static TransactionChecker answering(LocalTransactionState state, List<String> asked) {
        return message -> {
            asked.add(((TextMessage) message).getText());
            return state;
        };
    }

    @Test
    void commitMakesTheMessageVisible() throws Exception {
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.ROLLBACK, new CopyOnWriteArrayList<>()));
        TransactionalSendResult result = producer.send(orders, order("order-1"), message -> {
            assertThat(receive(100)).as("invisible while the local transaction runs").isNull();
            return LocalTransactionState.COMMIT;
        });
        assertThat(result.localState()).isEqualTo(LocalTransactionState.COMMIT);
        assertThat(result.outcome()).isEqualTo(Outcome.COMMITTED);
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
        assertThat(receive(100)).isNull();
    }

    @Test
    void rollbackDiscardsTheMessage() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.COMMIT, asked));
        TransactionalSendResult result = producer.send(orders, order("order-1"),
                message -> LocalTransactionState.ROLLBACK);
        assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(receive(800)).as("past the check time too: a decided transaction is never checked").isNull();
        assertThat(asked).isEmpty();
    }

    @Test
    void unknownIsCommittedByTheCheckBack() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.COMMIT, asked));
        TransactionalSendResult result = producer.send(orders, order("order-1"),
                message -> LocalTransactionState.UNKNOWN);
        assertThat(result.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
        assertThat(asked).containsExactly("order-1");
        assertThat(new TransactionAdmin(connection).outcome(result.transactionId())).isEqualTo(Outcome.COMMITTED);
        assertThat(new TransactionAdmin(connection).rollback(result.transactionId()))
                .as("decided once: a later decision learns the outcome").isEqualTo(Outcome.COMMITTED);
    }

    @Test
    void aFailingLocalTransactionIsCheckedBack() throws Exception {
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.COMMIT, new CopyOnWriteArrayList<>()));
        TransactionalSendResult result = producer.send(orders, order("order-1"), message -> {
            throw new IllegalStateException("the database went away");
        });
        assertThat(result.localState()).isEqualTo(LocalTransactionState.UNKNOWN);
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
    }

    @Test
    void unknownIsRolledBackByTheCheckBack() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service", message -> {
            checked.countDown();
            return LocalTransactionState.ROLLBACK;
        });
        TransactionalSendResult result = producer.send(orders, order("order-1"),
                message -> LocalTransactionState.UNKNOWN);
        assertThat(checked.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        TransactionAdmin admin = new TransactionAdmin(connection);
        long deadline = Brokers.deadline();
        while (Brokers.before(deadline) && admin.outcome(result.transactionId()) == Outcome.UNDECIDED) {
            Thread.sleep(20);
        }
        assertThat(admin.outcome(result.transactionId())).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(admin.commit(result.transactionId())).as("decided once").isEqualTo(Outcome.ROLLED_BACK);
        assertThat(receive(500)).isNull();
    }

    @Test
    void stillUnknownAfterTheMaximumIsInDoubtUntilAnAdministratorDecides() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.UNKNOWN, asked));
        TransactionalSendResult result = producer.send(orders, order("order-1"),
                message -> LocalTransactionState.UNKNOWN);
        TransactionAdmin admin = new TransactionAdmin(connection);
        long deadline = Brokers.deadline();
        while (Brokers.before(deadline) && admin.inDoubt().isEmpty()) {
            Thread.sleep(50);
        }
        assertThat(admin.inDoubt()).containsExactly(
                new InDoubtTransaction(result.transactionId(), "orders-service", 3));
        assertThat(admin.outcome(result.transactionId())).isEqualTo(Outcome.UNDECIDED);
        Thread.sleep(600);
        assertThat(asked).as("no check past the maximum").hasSize(3);
        assertThat(receive(100)).as("in doubt, never discarded nor delivered").isNull();
        assertThat(admin.commit(result.transactionId())).isEqualTo(Outcome.COMMITTED);
        assertThat(admin.inDoubt()).isEmpty();
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
    }

    @Test
    void anInDoubtTransactionCanBeRolledBack() throws Exception {
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.UNKNOWN, new CopyOnWriteArrayList<>()));
        TransactionalSendResult result = producer.send(orders, order("order-1"),
                message -> LocalTransactionState.UNKNOWN);
        TransactionAdmin admin = new TransactionAdmin(connection);
        long deadline = Brokers.deadline();
        while (Brokers.before(deadline) && admin.inDoubt().isEmpty()) {
            Thread.sleep(50);
        }
        assertThat(admin.rollback(result.transactionId())).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(admin.commit(result.transactionId())).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(receive(500)).isNull();
    }

    @Test
    void whenTheProducerIsGoneAnotherProducerOfItsGroupIsAsked() throws Exception {
        Connection first = newConnection();
        TransactionalProducer gone = TransactionalProducer.create(first, "orders-service",
                answering(LocalTransactionState.ROLLBACK, new CopyOnWriteArrayList<>()));
        List<String> otherGroupAsked = new CopyOnWriteArrayList<>();
        TransactionalProducer.create(connection, "billing-service",
                answering(LocalTransactionState.ROLLBACK, otherGroupAsked));
        TransactionalSendResult result = gone.send(orders, order("order-1"), message -> LocalTransactionState.UNKNOWN);
        first.close();
        List<String> asked = new CopyOnWriteArrayList<>();
        TransactionalProducer.create(newConnection(), "orders-service", answering(LocalTransactionState.COMMIT, asked));
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
        assertThat(asked).containsExactly("order-1");
        assertThat(otherGroupAsked).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.UNDECIDED);
    }

    @Test
    void aLateCommitWinsOverTheCheckItRacedAndTheCheckAnswerIsNotApplied() throws Exception {
        CountDownLatch checkArrived = new CountDownLatch(1);
        CountDownLatch answerCheck = new CountDownLatch(1);
        CountDownLatch checkAnswered = new CountDownLatch(1);
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service", message -> {
            checkArrived.countDown();
            answerCheck.await();
            checkAnswered.countDown();
            return LocalTransactionState.ROLLBACK;
        });
        CountDownLatch commitLocally = new CountDownLatch(1);
        CompletableFuture<TransactionalSendResult> sending = CompletableFuture.supplyAsync(() -> {
            try {
                return producer.send(orders, order("order-1"), message -> {
                    commitLocally.await();
                    return LocalTransactionState.COMMIT;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(checkArrived.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)).as("checked while running").isTrue();
        commitLocally.countDown();
        TransactionalSendResult result = sending.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        assertThat(result.outcome()).isEqualTo(Outcome.COMMITTED);
        answerCheck.countDown();
        assertThat(checkAnswered.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
        assertThat(new TransactionAdmin(connection).rollback(result.transactionId())).isEqualTo(Outcome.COMMITTED);
        assertThat(receive(300)).isNull();
    }

    @Test
    void anUndecidedTransactionSurvivesABrokerRestartAndIsCheckedBack() throws Exception {
        TransactionalProducer producer = TransactionalProducer.create(connection, "orders-service",
                answering(LocalTransactionState.UNKNOWN, new CopyOnWriteArrayList<>()));
        producer.send(orders, order("order-1"), message -> LocalTransactionState.UNKNOWN);
        restart();
        open();
        List<String> asked = new CopyOnWriteArrayList<>();
        TransactionalProducer.create(connection, "orders-service", answering(LocalTransactionState.COMMIT, asked));
        assertThat(receive(WAIT_MILLIS)).isEqualTo("order-1");
        assertThat(asked).containsExactly("order-1");
    }
}
