package io.sluice.client.transport;

import io.sluice.broker.ConsumerRequest;
import io.sluice.broker.OutgoingMessage;
import io.sluice.engine.Delivery;
import io.sluice.engine.DeliverySink;
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

    /** Deliveries arrive on {@code sink} from a broker thread once credit is granted; the sink must not block. */
    BrokerConsumer createConsumer(ConsumerRequest request, DeliverySink sink) throws JMSException;

    List<Delivery> browse(SluiceDestination queue, String selector) throws JMSException;

    @Override
    void close();
}
