package io.sluice.client.transport;

import io.sluice.broker.ConsumerRequest;
import io.sluice.broker.OutgoingMessage;
import io.sluice.message.SluiceDestination;
import jakarta.jms.JMSException;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The client's view of one session on the broker. */
public interface BrokerSession extends AutoCloseable {

    /** Checks that the session may send to the destination (at producer creation). */
    void checkSend(SluiceDestination destination) throws JMSException;

    /** Completes when the broker has stored the message (durably for a persistent one). */
    CompletableFuture<?> send(OutgoingMessage message) throws JMSException;

    /**
     * Sends a message of the session's local transaction {@code transactionId} (a name unique within the session)
     * as a half message, invisible until the transaction commits. Completes when the broker has written it.
     */
    CompletableFuture<?> sendInTransaction(String transactionId, OutgoingMessage message) throws JMSException;

    /**
     * Commits the local transaction: its messages become visible together and {@code consumed} is acknowledged by
     * the same commit record. Completes when that is durable and the messages can be received.
     */
    CompletableFuture<Void> commit(String transactionId, List<ConsumedInTransaction> consumed) throws JMSException;

    /** Rolls back the local transaction's messages; the caller gives back what it consumed. */
    CompletableFuture<Void> rollback(String transactionId) throws JMSException;

    /** Deliveries arrive on {@code handler} once credit is granted. */
    BrokerConsumer createConsumer(ConsumerRequest request, DeliveryHandler handler) throws JMSException;

    /** The encoded messages a queue browser sees now, in delivery order. */
    List<byte[]> browse(SluiceDestination queue, String selector) throws JMSException;

    @Override
    void close();
}
