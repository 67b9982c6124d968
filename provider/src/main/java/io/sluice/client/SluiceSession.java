package io.sluice.client;

import io.sluice.broker.ConsumerRequest;
import io.sluice.client.transport.BrokerConsumer;
import io.sluice.client.transport.BrokerSession;
import io.sluice.client.transport.InboundDelivery;
import io.sluice.message.SluiceBytesMessage;
import io.sluice.message.SluiceDestination;
import io.sluice.message.SluiceMapMessage;
import io.sluice.message.SluiceMessage;
import io.sluice.message.SluiceObjectMessage;
import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceStreamMessage;
import io.sluice.message.SluiceTextMessage;
import io.sluice.message.SluiceTopic;
import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueReceiver;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A JMS session: a single thread of control for its listeners, the acknowledgement mode, the
 * local transaction, and the factory of producers, consumers, browsers and messages.
 */
public class SluiceSession implements QueueSession, TopicSession {

    /** Set while a message listener or completion listener of a session runs on this thread. */
    private static final ThreadLocal<SluiceSession> CALLBACK_SESSION = new ThreadLocal<>();
    private static final AtomicLong SESSION_NUMBERS = new AtomicLong();

    private final SluiceConnection connection;
    private final BrokerSession broker;
    private final int mode;
    private final Domain domain;
    private final List<SluiceMessageConsumer> consumers = new CopyOnWriteArrayList<>();
    private final List<SluiceMessageProducer> producers = new CopyOnWriteArrayList<>();
    private final List<SluiceQueueBrowser> browsers = new CopyOnWriteArrayList<>();
    /** Held while a listener runs, so that stop and close can wait for it. */
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final ListenerDispatcher listeners;
    private final CompletionDispatcher completions;
    private final Acknowledgements acknowledgements;
    private final MessageSender sender;
    private final LocalTransaction localTransaction = new LocalTransaction();
    private volatile boolean closed;

    /** The legacy domain-specific sessions refuse the other domain's methods. */
    enum Domain { ANY, QUEUE, TOPIC }

    SluiceSession(SluiceConnection connection, BrokerSession broker, int mode, Domain domain) {
        this.connection = connection;
        this.broker = broker;
        this.mode = mode;
        this.domain = domain;
        long number = SESSION_NUMBERS.incrementAndGet();
        this.listeners = new ListenerDispatcher("sluice-session-" + number + "-listeners", this::drainListeners);
        this.completions = new CompletionDispatcher("sluice-session-" + number + "-completions");
        this.acknowledgements = new Acknowledgements(this);
        this.sender = new MessageSender(this, broker, connection.options().sendBlockTimeoutMillis());
    }

    static SluiceSession currentCallbackSession() {
        return CALLBACK_SESSION.get();
    }

    /**
     * Runs application callback code marked as belonging to {@code session}, so that the calls
     * the spec forbids from a callback (closing its own session or connection...) are detected.
     * An exception the callback throws is the application's bug and must not kill the thread.
     */
    static void runAsCallback(SluiceSession session, Runnable callback) {
        CALLBACK_SESSION.set(session);
        try {
            callback.run();
        } catch (RuntimeException ignored) {
            // the spec gives a throwing listener no meaning; the next callbacks must still run
        } finally {
            CALLBACK_SESSION.remove();
        }
    }

    SluiceConnection connection() {
        return connection;
    }

    boolean isClosed() {
        return closed;
    }

    /** The acknowledgement mode in force now (an XA session's depends on whether it is in a global transaction). */
    int mode() {
        return mode;
    }

    /** The transaction a send made now belongs to, null for none. */
    String transactionForSend() {
        return mode == Session.SESSION_TRANSACTED ? localTransaction.name() : null;
    }

    Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    CompletionDispatcher completions() {
        return completions;
    }

    BrokerSession broker() {
        return broker;
    }

    MessageSender sender() {
        return sender;
    }

    void checkOpen() throws IllegalStateException {
        if (closed) {
            throw JmsExceptions.closed("session");
        }
        connection.checkOpen();
    }

    private void checkDomain(Domain refused, String method) throws IllegalStateException {
        if (domain == refused) {
            throw new IllegalStateException(method + " is not allowed on a "
                    + (refused == Domain.QUEUE ? "QueueSession" : "TopicSession"));
        }
    }

    // ---- messages

    @Override
    public BytesMessage createBytesMessage() throws JMSException {
        checkOpen();
        return new SluiceBytesMessage();
    }

    @Override
    public MapMessage createMapMessage() throws JMSException {
        checkOpen();
        return new SluiceMapMessage();
    }

    @Override
    public Message createMessage() throws JMSException {
        checkOpen();
        return new SluiceMessage();
    }

    @Override
    public ObjectMessage createObjectMessage() throws JMSException {
        checkOpen();
        return new SluiceObjectMessage();
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) throws JMSException {
        ObjectMessage message = createObjectMessage();
        message.setObject(object);
        return message;
    }

    @Override
    public StreamMessage createStreamMessage() throws JMSException {
        checkOpen();
        return new SluiceStreamMessage();
    }

    @Override
    public TextMessage createTextMessage() throws JMSException {
        checkOpen();
        return new SluiceTextMessage();
    }

    @Override
    public TextMessage createTextMessage(String text) throws JMSException {
        TextMessage message = createTextMessage();
        message.setText(text);
        return message;
    }

    // ---- transactions and acknowledgement

    @Override
    public boolean getTransacted() throws JMSException {
        checkOpen();
        return mode == Session.SESSION_TRANSACTED;
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        checkOpen();
        return mode;
    }

    @Override
    public void commit() throws JMSException {
        checkOpen();
        checkTransacted("commit");
        checkNotInCompletionCallback("commit");
        // asynchronous sends of the transaction are written before it commits
        completions.awaitIdle();
        runExclusively(() -> {
            String transaction = localTransaction.end();
            try {
                acknowledgements.commit(consumed -> awaitBroker(broker.commit(transaction, consumed)));
            } catch (JMSException e) {
                rollbackQuietly(transaction);
                acknowledgements.rollback();
                throw transactionRolledBack("the transaction was rolled back", e);
            }
        });
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        checkTransacted("rollback");
        checkNotInCompletionCallback("rollback");
        completions.awaitIdle();
        runExclusively(() -> {
            String transaction = localTransaction.end();
            try {
                awaitBroker(broker.rollback(transaction));
            } finally {
                acknowledgements.rollback();
            }
        });
    }

    private void rollbackQuietly(String transaction) {
        try {
            awaitBroker(broker.rollback(transaction));
        } catch (JMSException e) {
            // the broker rolls back a transaction it could not commit when the session closes or it restarts
        }
    }

    private static void awaitBroker(java.util.concurrent.CompletableFuture<?> result) throws JMSException {
        try {
            result.join();
        } catch (RuntimeException e) {
            throw io.sluice.broker.JmsErrors.wrap("the broker failed the transaction", e);
        }
    }

    private static JMSException transactionRolledBack(String message, JMSException cause) {
        JMSException e = new jakarta.jms.TransactionRolledBackException(message + ": " + cause.getMessage());
        e.setLinkedException(cause);
        e.initCause(cause);
        return e;
    }

    private void checkTransacted(String what) throws IllegalStateException {
        if (mode != Session.SESSION_TRANSACTED) {
            throw new IllegalStateException(what + " is only allowed on a transacted session");
        }
    }

    private void checkNotInCompletionCallback(String what) throws IllegalStateException {
        if (completions.isCurrentThread()) {
            throw new IllegalStateException("a CompletionListener must not " + what + " its own session");
        }
    }

    @Override
    public void recover() throws JMSException {
        checkOpen();
        if (mode == Session.SESSION_TRANSACTED) {
            throw new IllegalStateException("recover is not allowed on a transacted session; use rollback");
        }
        runExclusively(acknowledgements::recover);
    }

    /** Message.acknowledge(): acknowledges every message the session has consumed (CLIENT_ACKNOWLEDGE). */
    void acknowledgeAll() throws JMSException {
        if (closed) {
            throw new IllegalStateException("the session of this message is closed: it can no longer be acknowledged");
        }
        connection.checkOpen();
        if (mode == Session.CLIENT_ACKNOWLEDGE) {
            acknowledgements.acknowledgeAll();
        }
    }

    // ---- delivery

    /** Runs the action while no listener of this session runs (or from within one). */
    void runExclusively(JmsAction action) throws JMSException {
        deliveryLock.lock();
        try {
            action.run();
        } finally {
            deliveryLock.unlock();
        }
    }

    @FunctionalInterface
    interface JmsAction {
        void run() throws JMSException;
    }

    /** Returns once no listener of this session is running (used by Connection.stop). */
    void awaitListenerIdle() {
        if (deliveryLock.isHeldByCurrentThread()) {
            return;
        }
        deliveryLock.lock();
        deliveryLock.unlock();
    }

    void connectionLost() {
        consumers.forEach(SluiceMessageConsumer::wake);
    }

    void connectionStarted() {
        consumers.forEach(SluiceMessageConsumer::wake);
        scheduleListeners();
    }

    void scheduleListeners() {
        if (!closed && connection.isStarted()) {
            listeners.schedule();
        }
    }

    /** On the listener thread: hands buffered messages to listeners, one at a time, round robin. */
    private void drainListeners() {
        boolean delivered = true;
        while (delivered) {
            delivered = false;
            for (SluiceMessageConsumer consumer : consumers) {
                if (!consumer.hasListener()) {
                    continue;
                }
                deliveryLock.lock();
                try {
                    if (closed || !connection.isStarted()) {
                        return;
                    }
                    InboundDelivery delivery = consumer.poll();
                    if (delivery != null) {
                        deliverToListener(consumer, delivery);
                        delivered = true;
                    }
                } finally {
                    deliveryLock.unlock();
                }
            }
        }
    }

    private void deliverToListener(SluiceMessageConsumer consumer, InboundDelivery delivery) {
        MessageListener listener;
        try {
            listener = consumer.getMessageListener();
        } catch (JMSException e) {
            consumer.broker().release(delivery.deliveryId(), false);
            return;
        }
        if (listener == null) {
            // the listener was removed meanwhile: the message goes back to be received
            consumer.broker().release(delivery.deliveryId(), false);
            return;
        }
        Message message;
        try {
            message = acknowledgements.beforeListener(consumer, delivery);
        } catch (JMSException e) {
            connection.reportAsync(e);
            return;
        }
        if (message == null) {
            return;
        }
        CALLBACK_SESSION.set(this);
        boolean failed = false;
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            failed = true;
        } finally {
            CALLBACK_SESSION.remove();
        }
        try {
            acknowledgements.afterListener(consumer, delivery, failed);
        } catch (JMSException e) {
            connection.reportAsync(e);
        }
    }

    /** A message taken by receive(): decoded and acknowledged as the mode says; null when it had expired. */
    Message receivedSynchronously(SluiceMessageConsumer consumer, InboundDelivery delivery,
                                  Acknowledgements.BodyRequirement requirement) throws JMSException {
        deliveryLock.lock();
        try {
            return acknowledgements.received(consumer, delivery, requirement);
        } finally {
            deliveryLock.unlock();
        }
    }

    void consumerClosed(SluiceMessageConsumer consumer) {
        consumers.remove(consumer);
        acknowledgements.consumerClosed(consumer);
    }

    // ---- producers, consumers, browsers

    @Override
    public MessageProducer createProducer(Destination destination) throws JMSException {
        checkOpen();
        SluiceDestination target = destination == null ? null : DestinationChecks.require(destination);
        if (target != null) {
            broker.checkSend(target);
        }
        SluiceMessageProducer producer = new SluiceMessageProducer(this, target);
        producers.add(producer);
        return producer;
    }

    void producerClosed(SluiceMessageProducer producer) {
        producers.remove(producer);
    }

    @Override
    public QueueSender createSender(Queue queue) throws JMSException {
        return (QueueSender) createProducer(queue);
    }

    @Override
    public TopicPublisher createPublisher(Topic topic) throws JMSException {
        return (TopicPublisher) createProducer(topic);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination) throws JMSException {
        return createConsumer(destination, null, false);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector) throws JMSException {
        return createConsumer(destination, messageSelector, false);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        SluiceDestination target = DestinationChecks.require(destination);
        return consume(new ConsumerRequest(target, messageSelector, noLocal, null, false, false));
    }

    @Override
    public QueueReceiver createReceiver(Queue queue) throws JMSException {
        return (QueueReceiver) createConsumer(queue);
    }

    @Override
    public QueueReceiver createReceiver(Queue queue, String messageSelector) throws JMSException {
        return (QueueReceiver) createConsumer(queue, messageSelector);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic) throws JMSException {
        return (TopicSubscriber) createConsumer(topic);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic, String messageSelector, boolean noLocal) throws JMSException {
        return (TopicSubscriber) createConsumer(topic, messageSelector, noLocal);
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) throws JMSException {
        return createSharedConsumer(topic, sharedSubscriptionName, null);
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector)
            throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createSharedConsumer");
        return consume(new ConsumerRequest(DestinationChecks.requireTopic(topic), messageSelector, false,
                DestinationChecks.requireSubscriptionName(sharedSubscriptionName), false, true));
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name) throws JMSException {
        return createDurableSubscriber(topic, name, null, false);
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createDurableSubscriber");
        return consume(new ConsumerRequest(DestinationChecks.requireTopic(topic), messageSelector, noLocal,
                DestinationChecks.requireSubscriptionName(name), true, false));
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name) throws JMSException {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createDurableConsumer");
        return consume(new ConsumerRequest(DestinationChecks.requireTopic(topic), messageSelector, noLocal,
                DestinationChecks.requireSubscriptionName(name), true, false));
    }

    @Override
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name) throws JMSException {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector)
            throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createSharedDurableConsumer");
        return consume(new ConsumerRequest(DestinationChecks.requireTopic(topic), messageSelector, false,
                DestinationChecks.requireSubscriptionName(name), true, true));
    }

    private SluiceMessageConsumer consume(ConsumerRequest request) throws JMSException {
        SluiceMessageConsumer consumer = new SluiceMessageConsumer(this, request.destination(), request.selector(),
                request.noLocal());
        BrokerConsumer brokerConsumer = broker.createConsumer(request, consumer::onDelivery);
        consumers.add(consumer);
        consumer.attach(brokerConsumer, connection.options().prefetch());
        if (closed) {
            consumer.closeLocally();
            throw JmsExceptions.closed("session");
        }
        return consumer;
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) throws JMSException {
        return createBrowser(queue, null);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) throws JMSException {
        checkOpen();
        checkDomain(Domain.TOPIC, "createBrowser");
        SluiceDestination target = DestinationChecks.require(queue);
        if (messageSelector != null && !messageSelector.isBlank()) {
            // a bad selector must fail here rather than when the browser is first read
            io.sluice.selector.Selector.parse(messageSelector);
        }
        SluiceQueueBrowser browser = new SluiceQueueBrowser(this, broker, (Queue) target, messageSelector);
        browsers.add(browser);
        return browser;
    }

    void browserClosed(SluiceQueueBrowser browser) {
        browsers.remove(browser);
    }

    // ---- destinations and subscriptions

    @Override
    public Queue createQueue(String queueName) throws JMSException {
        checkOpen();
        checkDomain(Domain.TOPIC, "createQueue");
        return new SluiceQueue(DestinationChecks.requireName(queueName));
    }

    @Override
    public Topic createTopic(String topicName) throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createTopic");
        return new SluiceTopic(DestinationChecks.requireName(topicName));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        checkOpen();
        checkDomain(Domain.TOPIC, "createTemporaryQueue");
        return connection.temporaryDestinations().createQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "createTemporaryTopic");
        return connection.temporaryDestinations().createTopic();
    }

    @Override
    public void unsubscribe(String name) throws JMSException {
        checkOpen();
        checkDomain(Domain.QUEUE, "unsubscribe");
        connection.broker().unsubscribe(name);
    }

    // ---- listener and close

    /** Session listeners serve the optional application server facilities, which are not supported: none is ever set. */
    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        return null;
    }

    @Override
    public void setMessageListener(MessageListener listener) throws JMSException {
        checkOpen();
        throw new JMSException("session message listeners (an optional application server facility) are not supported;"
                + " set a listener on a MessageConsumer instead");
    }

    @Override
    public void run() {
        throw new java.lang.IllegalStateException(
                "Session.run belongs to the application server facilities, which are not supported");
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        if (CALLBACK_SESSION.get() == this) {
            throw new IllegalStateException("a message or completion listener must not close its own session");
        }
        completions.awaitIdle();
        deliveryLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            consumers.forEach(SluiceMessageConsumer::wake);
            acknowledgements.sessionClosing();
            for (SluiceMessageConsumer consumer : consumers) {
                consumer.closeLocally();
            }
            producers.forEach(SluiceMessageProducer::closeLocally);
            browsers.forEach(SluiceQueueBrowser::closeLocally);
        } finally {
            deliveryLock.unlock();
        }
        listeners.shutdown();
        completions.shutdown();
        broker.close();
        connection.sessionClosed(this);
    }
}
