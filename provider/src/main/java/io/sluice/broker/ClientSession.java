package io.sluice.broker;

import io.sluice.checkback.CheckBackNames;
import io.sluice.engine.ConsumeMode;
import io.sluice.engine.ConsumerGroup;
import io.sluice.engine.ConsumerHandle;
import io.sluice.engine.Delivery;
import io.sluice.engine.DeliverySink;
import io.sluice.engine.EngineMessage;
import io.sluice.engine.GroupOptions;
import io.sluice.engine.ProducerHandle;
import io.sluice.engine.SendReceipt;
import io.sluice.engine.StartPosition;
import io.sluice.message.SluiceDestination;
import io.sluice.security.Authorizer;
import io.sluice.security.Permission;
import io.sluice.selector.Selector;
import io.sluice.transaction.XidNames;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The broker side of one JMS session. It keeps one engine producer per destination so that all
 * messages a session sends to a destination land in one engine queue and keep their order.
 */
public final class ClientSession implements AutoCloseable {

    /** A browser sees at most this many messages: it is a snapshot held in memory. */
    public static final int MAX_BROWSE = 100_000;

    private final Broker broker;
    private final BrokerClient client;
    private final Map<String, ProducerHandle> producers = new HashMap<>();
    private final Set<String> sendAllowed = new HashSet<>();
    private final List<ClientConsumer> consumers = new ArrayList<>();
    private final LocalTransactions localTransactions = new LocalTransactions();
    private long consumerSerial;
    private boolean closed;

    ClientSession(Broker broker, BrokerClient client) {
        this.broker = broker;
        this.client = client;
    }

    /** Checks the right to send to a destination, creating it if needed (done when a producer is created). */
    public synchronized void checkSend(SluiceDestination destination) throws JMSException {
        topicForSend(destination);
    }

    private String topicForSend(SluiceDestination destination) throws JMSException {
        checkOpen();
        requireDestination(destination);
        String topic = EngineNames.topicOf(destination);
        if (isTemporary(destination)) {
            // checked on every send: a temporary destination may be deleted at any time
            broker.temporaryDestinations().checkExists(topic, destination.name());
        }
        if (!sendAllowed.contains(topic)) {
            authorize(Permission.SEND, destination);
            if (!isTemporary(destination)) {
                broker.destinations().ensure(destination, client.principal());
            }
            sendAllowed.add(topic);
        }
        return topic;
    }

    /** Writes the message once, whatever the number of subscribers. */
    public CompletableFuture<SendReceipt> send(OutgoingMessage message) throws JMSException {
        ProducerHandle producer;
        synchronized (this) {
            String topic = topicForSend(message.destination());
            producer = producers.computeIfAbsent(topic, t -> broker.engine().createProducer(t));
        }
        return producer.send(engineMessage(message));
    }

    private EngineMessage engineMessage(OutgoingMessage message) {
        return new EngineMessage(message.groupId(), message.priority(), message.deliverAt(),
                message.expireAt(), client.publisherTag(), message.persistent(), message.payload());
    }

    /**
     * Sends a message of the session's local transaction {@code transactionId} (the client's name for it), or of
     * the XA branch it names ({@link XidNames}), as a half message: nothing is visible before the commit.
     */
    public CompletableFuture<SendReceipt> sendInTransaction(String transactionId, OutgoingMessage message)
            throws JMSException {
        ProducerHandle producer;
        String engineId;
        synchronized (this) {
            String topic = topicForSend(message.destination());
            producer = producers.computeIfAbsent(topic, t -> broker.engine().createProducer(t));
            // XA branches and check-back transactions outlive the session: they keep their broker-wide names
            engineId = XidNames.isGlobal(transactionId) || CheckBackNames.isCheckBack(transactionId) ? transactionId
                    : localTransactions.engineId(transactionId);
        }
        if (XidNames.isGlobal(engineId)) {
            try {
                broker.xa().requireActive(engineId);
            } catch (javax.transaction.xa.XAException e) {
                throw new jakarta.jms.TransactionRolledBackException("cannot send in XA branch " + engineId + ": "
                        + e.getMessage());
            }
        }
        return producer.sendInTransaction(engineId, engineMessage(message));
    }

    /**
     * Commits the local transaction: its messages become visible together and {@code acks} (what the session
     * consumed in it) are acknowledged with the same commit record.
     */
    public CompletableFuture<Void> commit(String transactionId, List<ConsumedDeliveries> acks) throws JMSException {
        String engineId;
        synchronized (this) {
            checkOpen();
            engineId = localTransactions.end(transactionId);
        }
        return broker.engine().transactions().commit(engineId, ConsumedDeliveries.toEngine(acks));
    }

    /** Rolls back the local transaction: its messages are discarded. The client gives back what it consumed. */
    public CompletableFuture<Void> rollback(String transactionId) throws JMSException {
        String engineId;
        synchronized (this) {
            checkOpen();
            engineId = localTransactions.end(transactionId);
        }
        return broker.engine().transactions().rollback(engineId, List.of());
    }

    /**
     * Creates a consumer. Deliveries go to {@code sink} (on an engine thread; it must not block)
     * once the caller grants credit.
     */
    public synchronized ClientConsumer consume(ConsumerRequest request, DeliverySink sink) throws JMSException {
        checkOpen();
        SluiceDestination destination = request.destination();
        requireDestination(destination);
        Selector selector = MessageFilters.parse(request.selector());
        String topic = EngineNames.topicOf(destination);
        List<Runnable> onClose = new ArrayList<>();
        authorize(Permission.CONSUME, destination);
        if (isTemporary(destination)) {
            if (request.subscriptionName() != null) {
                throw new InvalidDestinationException("a subscription cannot be made on temporary topic "
                        + destination.name());
            }
            broker.temporaryDestinations().addConsumer(topic, destination.name(), client.serial());
            onClose.add(() -> broker.temporaryDestinations().removeConsumer(topic));
        } else {
            broker.destinations().ensure(destination, client.principal());
        }
        ConsumerGroup group;
        ConsumerHandle handle;
        try {
            group = groupFor(request, topic, selector, onClose);
            handle = group.attach(sink, request.destination().isTopic() ? null
                    : MessageFilters.of(selector, MessageFilters.NO_TAG));
        } catch (JMSException e) {
            onClose.forEach(Runnable::run);
            throw e;
        } catch (RuntimeException e) {
            onClose.forEach(Runnable::run);
            throw JmsErrors.wrap("cannot create the consumer", e);
        }
        ClientConsumer consumer = new ClientConsumer(group, handle, () -> {
            onClose.forEach(Runnable::run);
            consumerClosed();
        });
        consumers.add(consumer);
        return consumer;
    }

    /** The group the consumer joins: the queue's, a private one, or its named subscription's. */
    private ConsumerGroup groupFor(ConsumerRequest request, String topic, Selector selector,
                                   List<Runnable> onClose) throws JMSException {
        if (!request.destination().isTopic()) {
            return broker.destinations().queueGroup(topic);
        }
        if (request.subscriptionName() == null) {
            int excluded = request.noLocal() ? client.publisherTag() : MessageFilters.NO_TAG;
            return Subscriptions.openFromNow(broker.engine(), topic,
                    EngineNames.privateGroup(client.serial(), ++consumerSerial),
                    new GroupOptions(ConsumeMode.CONCURRENT, StartPosition.LATEST, false,
                            MessageFilters.of(selector, excluded), Destinations.GROUP_MAX_IN_FLIGHT, Map.of()));
        }
        Subscription subscription;
        if (request.durable()) {
            if (!request.shared() && client.clientId() == null) {
                throw new IllegalStateException("an unshared durable subscription needs a client ID on the connection");
            }
            subscription = broker.subscriptions().attachDurable(client.clientId(), request.subscriptionName(), topic,
                    request.selector(), selector, request.noLocal(), request.shared(), creationCheck(request));
        } else {
            subscription = broker.subscriptions().attachShared(client.clientId(), request.subscriptionName(), topic,
                    request.selector(), selector, creationCheck(request));
        }
        onClose.add(() -> broker.subscriptions().detach(subscription));
        return subscription.group;
    }

    /** Creating a durable or shared subscription needs CREATE on its topic. */
    private Subscriptions.CreationCheck creationCheck(ConsumerRequest request) {
        return () -> broker.security().authorizer().check(client.principal(), Permission.CREATE,
                request.destination().name(), true);
    }

    private synchronized void consumerClosed() {
        consumers.removeIf(ClientConsumer::isClosed);
    }

    /** The messages a queue browser sees now, in delivery order, without consuming them. */
    public List<Delivery> browse(SluiceDestination queue, String selectorText) throws JMSException {
        Selector selector = MessageFilters.parse(selectorText);
        ConsumerGroup group;
        synchronized (this) {
            checkOpen();
            requireDestination(queue);
            if (queue.isTopic()) {
                throw new InvalidDestinationException("only queues can be browsed, not topic " + queue.name());
            }
            String topic = EngineNames.topicOf(queue);
            authorize(Permission.BROWSE, queue);
            if (isTemporary(queue)) {
                broker.temporaryDestinations().checkExists(topic, queue.name());
            }
            if (broker.engine().topic(topic).isEmpty()) {
                return List.of();
            }
            group = broker.destinations().queueGroup(topic);
        }
        return group.browse(MessageFilters.of(selector, MessageFilters.NO_TAG), MAX_BROWSE);
    }

    /** Temporary destinations are all checked under one name, whatever the broker called them. */
    private void authorize(Permission permission, SluiceDestination destination) throws JMSException {
        String name = isTemporary(destination) ? Authorizer.TEMPORARY_DESTINATIONS : destination.name();
        broker.security().authorizer().check(client.principal(), permission, name, destination.isTopic());
    }

    private static void requireDestination(SluiceDestination destination) throws InvalidDestinationException {
        if (destination == null) {
            throw new InvalidDestinationException("the destination is null");
        }
    }

    private static boolean isTemporary(SluiceDestination destination) {
        return destination.isTemporary();
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }

    @Override
    public void close() {
        List<ClientConsumer> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(consumers);
            consumers.clear();
        }
        // a transaction the session did not end is rolled back with it, before its consumers give back their messages
        localTransactions.endAll().forEach(id -> broker.engine().transactions().rollback(id, List.of()));
        open.forEach(ClientConsumer::close);
        client.sessionClosed(this);
    }
}
