package io.sluice.ra;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One session delivering to one message endpoint, on a thread of its own. Each message is
 * delivered between beforeDelivery and afterDelivery, so a transacted bean runs inside the
 * transaction the container starts there, in which the XA session consumes; a rollback makes the
 * message come back (after {@code redeliveryDelay}), until {@code redeliveryAttempts} redeliveries
 * are spent and the message goes to the dead-letter destination instead.
 */
final class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final long POLL_MILLIS = 500;
    private static final long ENDPOINT_RETRY_MILLIS = 200;
    private static final long STOP_WAIT_MILLIS = 30_000;
    static final Method ON_MESSAGE;

    static {
        try {
            ON_MESSAGE = MessageListener.class.getMethod("onMessage", Message.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MessageEndpointFactory endpointFactory;
    private final SluiceActivationSpec spec;
    private final DeliverySession delivery;
    private final TransactionState transactions;
    private final MessageConsumer consumer;
    private final MessageProducer deadLetters;
    private final Destination deadLetterQueue;
    private final Thread thread;
    private volatile boolean running = true;
    private MessageEndpoint endpoint;

    DeliveryWorker(MessageEndpointFactory endpointFactory, SluiceActivationSpec spec, Destination destination,
                   DeliverySession delivery, TransactionState transactions, String name) throws JMSException {
        this.endpointFactory = endpointFactory;
        this.spec = spec;
        this.delivery = delivery;
        this.transactions = transactions;
        Session session = delivery.session();
        this.consumer = consumer(session, destination, spec);
        this.deadLetterQueue = session.createQueue(spec.getDeadLetterDestination().trim());
        this.deadLetters = session.createProducer(deadLetterQueue);
        this.thread = new Thread(this::run, "sluice-mdb-" + name);
        thread.setDaemon(true);
    }

    private static MessageConsumer consumer(Session session, Destination destination, SluiceActivationSpec spec)
            throws JMSException {
        String selector = spec.getMessageSelector() == null || spec.getMessageSelector().isBlank() ? null
                : spec.getMessageSelector();
        if (!(destination instanceof Topic topic)) {
            return session.createConsumer(destination, selector);
        }
        String name = spec.getSubscriptionName();
        if (spec.isDurable()) {
            return spec.isShared() ? session.createSharedDurableConsumer(topic, name, selector)
                    : session.createDurableConsumer(topic, name, selector, false);
        }
        return spec.isShared() ? session.createSharedConsumer(topic, name, selector)
                : session.createConsumer(topic, selector);
    }

    void start() {
        thread.start();
    }

    void requestStop() {
        running = false;
    }

    void awaitStop() {
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                if (delivery.isXa()) {
                    deliverInContainerTransaction();
                } else {
                    Message message = consumer.receive(POLL_MILLIS);
                    if (message != null) {
                        deliverLocally(message);
                    }
                }
            }
        } catch (JMSException | RuntimeException e) {
            if (running) {
                LOG.log(Level.SEVERE, "Sluice delivery to " + endpointFactory.getActivationName() + " stopped", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (endpoint != null) {
                endpoint.release();
            }
        }
    }

    /**
     * A transacted bean: beforeDelivery begins the container's transaction and enlists the XA
     * session before the receive, so that consuming the message is part of the transaction (an
     * XA session acknowledges what it receives inside a branch when the branch commits). An empty
     * poll ends in an empty transaction.
     */
    private void deliverInContainerTransaction() throws JMSException, InterruptedException {
        MessageEndpoint target = endpoint();
        TransactionOutcome outcome = new TransactionOutcome();
        Message message = null;
        boolean begun = false;
        try {
            target.beforeDelivery(ON_MESSAGE);
            begun = true;
            register(outcome);
            message = consumer.receive(POLL_MILLIS);
            if (message != null && !deadLettered(message)) {
                ((MessageListener) target).onMessage(message);
            }
        } catch (ResourceException | NoSuchMethodException | RuntimeException e) {
            LOG.log(Level.WARNING, "delivery to " + endpointFactory.getActivationName()
                    + " failed; the transaction rolls back and the message will be redelivered", e);
        } finally {
            if (begun) {
                complete(target);
            }
        }
        if (message != null && outcome.completed() && !outcome.committed()) {
            pauseBeforeRedelivery();
        }
    }

    /** A bean without a container transaction: the local session commits when onMessage returns. */
    private void deliverLocally(Message message) throws JMSException, InterruptedException {
        if (deadLettered(message)) {
            delivery.session().commit();
            return;
        }
        MessageEndpoint target = endpoint();
        boolean succeeded = false;
        boolean begun = false;
        try {
            target.beforeDelivery(ON_MESSAGE);
            begun = true;
            ((MessageListener) target).onMessage(message);
            succeeded = true;
        } catch (ResourceException | NoSuchMethodException | RuntimeException e) {
            LOG.log(Level.WARNING, "delivery of " + message.getJMSMessageID() + " to "
                    + endpointFactory.getActivationName() + " failed; it will be redelivered", e);
        } finally {
            if (begun) {
                succeeded &= complete(target);
            }
        }
        if (succeeded) {
            delivery.session().commit();
        } else {
            delivery.session().rollback();
            pauseBeforeRedelivery();
        }
    }

    /** @return whether afterDelivery completed normally */
    private boolean complete(MessageEndpoint target) {
        try {
            target.afterDelivery();
            return true;
        } catch (ResourceException | RuntimeException e) {
            LOG.log(Level.WARNING, "completing a delivery to " + endpointFactory.getActivationName() + " failed", e);
            return false;
        }
    }

    /**
     * A message past its redelivery attempts goes to the dead-letter queue instead of the bean; the
     * copy is sent in the same session, so it commits with the consumption of the original.
     */
    private boolean deadLettered(Message message) throws JMSException {
        int deliveryCount = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        if (deliveryCount <= 1 + spec.getRedeliveryAttempts()) {
            return false;
        }
        deadLetters.send(message);
        LOG.warning("Sluice moved message " + message.getJMSMessageID() + " to " + deadLetterQueue + " after "
                + (deliveryCount - 1) + " deliveries to " + endpointFactory.getActivationName());
        return true;
    }

    private void pauseBeforeRedelivery() throws InterruptedException {
        long delay = spec.getRedeliveryDelay();
        if (delay > 0) {
            Thread.sleep(delay);
        }
    }

    private void register(TransactionOutcome outcome) {
        TransactionSynchronizationRegistry registry = transactions.registry();
        if (registry != null && registry.getTransactionKey() != null) {
            registry.registerInterposedSynchronization(outcome);
        }
    }

    /** The endpoint is created on first need: the container may not be ready right after activation. */
    private MessageEndpoint endpoint() throws InterruptedException {
        while (endpoint == null && running) {
            try {
                endpoint = endpointFactory.createEndpoint(delivery.xaResource());
            } catch (UnavailableException e) {
                Thread.sleep(ENDPOINT_RETRY_MILLIS);
            }
        }
        if (endpoint == null) {
            throw new InterruptedException("stopped while waiting for the endpoint");
        }
        return endpoint;
    }
}
