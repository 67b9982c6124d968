package io.sluice.client.transport;

import io.sluice.checkback.CheckHandler;
import io.sluice.checkback.Decision;
import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;
import jakarta.jms.JMSException;

import java.util.List;

/** The client's view of the broker's check-back transactions, whatever carries it. */
public interface CheckBackBroker {

    /**
     * Registers a live producer of the group: the broker asks {@code handler} about undecided transactions of the
     * group until the registration is closed or the connection goes.
     */
    Registration register(String producerGroup, CheckHandler handler) throws JMSException;

    /** Decides a transaction (the producer's own end, or an answer to check {@code epoch}); the outcome. */
    Outcome end(String transactionId, Decision decision, long epoch) throws JMSException;

    /** The transactions undecided after the maximum of checks. */
    List<InDoubtTransaction> inDoubt() throws JMSException;

    /** An administrator's decision; the outcome (that of an earlier decision if there was one). */
    Outcome resolve(String transactionId, boolean commit) throws JMSException;

    /** One live producer, as the broker knows it. */
    interface Registration extends AutoCloseable {
        /** A new broker-wide name for a transaction of this producer's group. */
        String newTransaction() throws JMSException;

        /** The transaction's half messages are written: the broker makes them durable and starts its clock. */
        void stored(String transactionId) throws JMSException;

        @Override
        void close();
    }
}
