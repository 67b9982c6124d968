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

    /** Deliveries arrive on {@code handler} once credit is granted. */
    BrokerConsumer createConsumer(ConsumerRequest request, DeliveryHandler handler) throws JMSException;

    /** The encoded messages a queue browser sees now, in delivery order. */
    List<byte[]> browse(SluiceDestination queue, String selector) throws JMSException;

    @Override
    void close();
}
