package io.sluice.transaction;

import io.sluice.client.SluiceXAConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** One JTA transaction of Narayana spanning a row in H2 and a JMS send or receive on Sluice. */
class NarayanaJtaTest {
    private static final long RECEIVE_TIMEOUT = 10_000;

    @TempDir
    static Path objectStore;
    @TempDir
    Path dataDir;

    private static TransactionManager transactionManager;
    private JdbcDataSource database;
    private javax.sql.XAConnection databaseConnection;
    private XAConnection jms;
    private XASession session;
    private Session plain;

    @BeforeAll
    static void startNarayana() throws Exception {
        NarayanaSetup.configure(objectStore);
        transactionManager = com.arjuna.ats.jta.TransactionManager.transactionManager();
    }

    @BeforeEach
    void open() throws Exception {
        database = Orders.dataSource(dataDir);
        Orders.createTable(database);
        jms = new SluiceXAConnectionFactory("vm://narayana-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                + "?dataDir=" + dataDir.resolve("broker")).createXAConnection();
        jms.start();
        session = jms.createXASession();
        plain = jms.createSession();
    }

    @AfterEach
    void close() throws Exception {
        jms.close();
        if (databaseConnection != null) {
            databaseConnection.close();
        }
    }

    /**
     * Begins a transaction with the database and the JMS session enlisted, as an application server would: with a
     * database connection of its own (H2 does not take a second transaction on an XA connection after a rollback).
     */
    private void begin() throws Exception {
        if (databaseConnection != null) {
            databaseConnection.close();
        }
        databaseConnection = database.getXAConnection();
        transactionManager.begin();
        Transaction transaction = transactionManager.getTransaction();
        assertThat(transaction.enlistResource(databaseConnection.getXAResource())).isTrue();
        assertThat(transaction.enlistResource(session.getXAResource())).isTrue();
    }

    private int browse(Queue queue) throws Exception {
        try (QueueBrowser browser = plain.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        }
    }

    @Test
    void aRowAndASendCommitTogether() throws Exception {
        Queue orders = plain.createQueue("orders");
        begin();
        Orders.insert(databaseConnection.getConnection(), "order-1");
        session.createProducer(orders).send(session.createTextMessage("order-1"));
        transactionManager.commit();
        assertThat(Orders.count(database, "order-1")).isEqualTo(1);
        assertThat(browse(orders)).isEqualTo(1);
    }

    @Test
    void aRowAndASendRollBackTogether() throws Exception {
        Queue orders = plain.createQueue("orders");
        begin();
        Orders.insert(databaseConnection.getConnection(), "order-2");
        session.createProducer(orders).send(session.createTextMessage("order-2"));
        transactionManager.rollback();
        assertThat(Orders.count(database, "order-2")).isZero();
        assertThat(browse(orders)).isZero();
    }

    @Test
    void aRowAndAReceiveCommitTogether() throws Exception {
        Queue carts = plain.createQueue("carts");
        plain.createProducer(carts).send(plain.createTextMessage("cart-1"));
        MessageConsumer consumer = session.createConsumer(carts);
        begin();
        TextMessage received = (TextMessage) consumer.receive(RECEIVE_TIMEOUT);
        Orders.insert(databaseConnection.getConnection(), received.getText());
        transactionManager.commit();
        assertThat(Orders.count(database, "cart-1")).isEqualTo(1);
        assertThat(browse(carts)).isZero();
    }

    @Test
    void aRowAndAReceiveRollBackTogetherAndTheMessageComesBack() throws Exception {
        Queue carts = plain.createQueue("carts");
        plain.createProducer(carts).send(plain.createTextMessage("cart-2"));
        MessageConsumer consumer = session.createConsumer(carts);
        begin();
        TextMessage received = (TextMessage) consumer.receive(RECEIVE_TIMEOUT);
        Orders.insert(databaseConnection.getConnection(), received.getText());
        transactionManager.rollback();
        assertThat(Orders.count(database, "cart-2")).isZero();
        begin();
        Message again = consumer.receive(RECEIVE_TIMEOUT);
        assertThat(((TextMessage) again).getText()).isEqualTo("cart-2");
        assertThat(again.getJMSRedelivered()).isTrue();
        Orders.insert(databaseConnection.getConnection(), "cart-2");
        transactionManager.commit();
        assertThat(Orders.count(database, "cart-2")).isEqualTo(1);
        assertThat(browse(carts)).isZero();
    }
}
