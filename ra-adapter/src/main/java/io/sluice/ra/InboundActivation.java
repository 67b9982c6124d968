package io.sluice.ra;

import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceTopic;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Topic;
import jakarta.jms.XAConnection;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.ArrayList;
import java.util.List;

/**
 * One message-driven bean's consumption: an XA connection (with the activation's client ID) and
 * {@link SluiceActivationSpec#sessionCount()} {@link DeliveryWorker}s, each with its own session,
 * consumer and endpoint.
 */
final class InboundActivation {

    private final SluiceResourceAdapter adapter;
    private final MessageEndpointFactory endpointFactory;
    private final SluiceActivationSpec spec;
    private final List<DeliveryWorker> workers = new ArrayList<>();
    private Connection connection;

    InboundActivation(SluiceResourceAdapter adapter, MessageEndpointFactory endpointFactory, SluiceActivationSpec spec) {
        this.adapter = adapter;
        this.endpointFactory = endpointFactory;
        this.spec = spec;
    }

    void start() throws ResourceException {
        Destination destination = destination();
        if (spec.isDurable() && !(destination instanceof Topic)) {
            throw new InvalidPropertyException("a durable subscription needs a topic, but " + destination + " is a queue");
        }
        String url = spec.url();
        boolean xa = deliveryTransacted();
        try {
            connection = ProviderFactories.factory(url).createXAConnection(spec.getUser(), spec.getPassword());
            if (spec.getClientId() != null && !spec.getClientId().isBlank()) {
                connection.setClientID(spec.getClientId());
            }
            for (int i = 0; i < spec.sessionCount(); i++) {
                DeliveryWorker worker = new DeliveryWorker(endpointFactory, spec, destination,
                        DeliverySession.open((XAConnection) connection, xa), adapter.transactionState(),
                        endpointFactory.getActivationName() + "-" + i);
                workers.add(worker);
            }
            connection.start();
        } catch (JMSException | RuntimeException e) {
            stop();
            throw new ResourceAdapterInternalException("Sluice could not activate " + spec + " on " + url + ": "
                    + e.getMessage(), e);
        }
        for (DeliveryWorker worker : workers) {
            worker.start();
        }
    }

    /**
     * Whether the bean's onMessage runs in a container transaction: then the sessions are XA and the
     * container enlists them; otherwise they are locally transacted and commit after onMessage returns.
     */
    private boolean deliveryTransacted() throws ResourceException {
        try {
            return endpointFactory.isDeliveryTransacted(DeliveryWorker.ON_MESSAGE);
        } catch (NoSuchMethodException e) {
            throw new InvalidPropertyException("the message endpoint has no onMessage(Message)", e);
        }
    }

    private Destination destination() throws ResourceException {
        String lookup = spec.getDestinationLookup();
        if (lookup != null && !lookup.isBlank()) {
            Object found;
            try {
                found = new InitialContext().lookup(lookup.trim());
            } catch (NamingException e) {
                throw new InvalidPropertyException("destinationLookup " + lookup + " found nothing: " + e.getMessage(), e);
            }
            if (!(found instanceof Destination destination)) {
                throw new InvalidPropertyException("destinationLookup " + lookup + " is a "
                        + (found == null ? "null" : found.getClass().getName()) + ", not a jakarta.jms.Destination");
            }
            try {
                return Destinations.toSluice(destination);
            } catch (JMSException e) {
                throw new InvalidPropertyException("destinationLookup " + lookup + ": " + e.getMessage(), e);
            }
        }
        boolean topic = SluiceActivationSpec.TOPIC_TYPE.equals(spec.getDestinationType()) || spec.isDurable()
                || spec.isShared();
        return topic ? new SluiceTopic(spec.getDestination().trim()) : new SluiceQueue(spec.getDestination().trim());
    }

    void stop() {
        for (DeliveryWorker worker : workers) {
            worker.requestStop();
        }
        for (DeliveryWorker worker : workers) {
            worker.awaitStop();
        }
        workers.clear();
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // the workers are gone; a failing close leaves nothing to deliver to
            }
            connection = null;
        }
    }
}
