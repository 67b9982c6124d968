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
 * delivered between beforeDelivery and afterDelivery, so the bean runs inside the transaction the
 * container starts there; the consumption commits with that transaction and a rollback makes the
 * message come back (after {@code redeliveryDelay}), until {@code redeliveryAttempts} redeliveries
 * are spent and the message goes to the dead-letter destination instead.
 */
final class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final long POLL_MILLIS = 500;
    private static final long ENDPOINT_RETRY_MILLIS = 200;
    private static final long STOP_WAIT_MILLIS = 30_000;
    private static final Method ON_MESSAGE;

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
                Message message = consumer.receive(POLL_MILLIS);
                if (message != null) {
                    deliverOrDeadLetter(message);
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

    private void deliverOrDeadLetter(Message message) throws JMSException, InterruptedException {
        int deliveryCount = deliveryCount(message);
        if (deliveryCount > 1 + spec.getRedeliveryAttempts()) {
            deadLetters.send(message);
            if (!delivery.isXa()) {
                delivery.session().commit();
            }
            LOG.warning("Sluice moved message " + message.getJMSMessageID() + " to " + deadLetterQueue + " after "
                    + (deliveryCount - 1) + " deliveries to " + endpointFactory.getActivationName());
            return;
        }
        if (!deliver(message)) {
            long delay = spec.getRedeliveryDelay();
            if (delay > 0) {
                Thread.sleep(delay);
            }
        }
    }

    private static int deliveryCount(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }

    /** @return whether the delivery committed */
    private boolean deliver(Message message) throws JMSException, InterruptedException {
        MessageEndpoint target = endpoint();
        boolean transacted;
        try {
            transacted = endpointFactory.isDeliveryTransacted(ON_MESSAGE);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the endpoint has no onMessage(Message)", e);
        }
        TransactionOutcome outcome = new TransactionOutcome();
        boolean listenerSucceeded = false;
        boolean delivered = false;
        try {
            target.beforeDelivery(ON_MESSAGE);
            delivered = true;
            if (transacted && !delivery.isXa()) {
                register(outcome);
            }
            ((MessageListener) target).onMessage(message);
            listenerSucceeded = true;
        } catch (ResourceException | NoSuchMethodException | RuntimeException e) {
            LOG.log(Level.WARNING, "delivery of " + message.getJMSMessageID() + " to "
                    + endpointFactory.getActivationName() + " failed; it will be redelivered", e);
        } finally {
            if (delivered) {
                try {
                    target.afterDelivery();
                } catch (ResourceException | RuntimeException e) {
                    LOG.log(Level.WARNING, "completing the delivery of " + message.getJMSMessageID() + " failed", e);
                    listenerSucceeded = false;
                }
            }
        }
        boolean commit = outcome.completed() ? outcome.committed() : listenerSucceeded;
        if (!delivery.isXa()) {
            if (commit) {
                delivery.session().commit();
            } else {
                delivery.session().rollback();
            }
        }
        return commit;
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
