package io.sluice.transaction;

import io.sluice.client.SluiceXAConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Path;

/**
 * The transaction manager's process of {@link TransactionManagerCrashTest}: one Narayana transaction inserts a row in
 * H2, receives "work" and sends "result" on Sluice over tcp://, and blocks at the crash point where the parent kills it.
 * Arguments: object store, H2 directory, broker URL, crash phase.
 */
public final class JtaCrashChild {
    private JtaCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        NarayanaSetup.configure(Path.of(args[0]));
        JdbcDataSource database = Orders.dataSource(Path.of(args[1]));
        CrashPoint.Phase phase = CrashPoint.Phase.valueOf(args[3]);
        TransactionManager transactionManager = com.arjuna.ats.jta.TransactionManager.transactionManager();
        javax.sql.XAConnection databaseConnection = database.getXAConnection();
        XAConnection jms = new SluiceXAConnectionFactory(args[2]).createXAConnection();
        jms.start();
        XASession session = jms.createXASession();
        Queue work = session.createQueue("work");
        Queue results = session.createQueue("results");
        MessageConsumer consumer = session.createConsumer(work);
        transactionManager.begin();
        Transaction transaction = transactionManager.getTransaction();
        // enlisted first, it is prepared first and committed first; last, it is prepared last
        if (phase == CrashPoint.Phase.COMMIT) {
            transaction.enlistResource(new CrashPoint(phase));
        }
        transaction.enlistResource(databaseConnection.getXAResource());
        transaction.enlistResource(session.getXAResource());
        if (phase == CrashPoint.Phase.PREPARE) {
            transaction.enlistResource(new CrashPoint(phase));
        }
        TextMessage received = (TextMessage) consumer.receive(10_000);
        Orders.insert(databaseConnection.getConnection(), received.getText());
        session.createProducer(results).send(session.createTextMessage("result of " + received.getText()));
        transactionManager.commit();
        System.out.println("committed without reaching the crash point");
    }
}
