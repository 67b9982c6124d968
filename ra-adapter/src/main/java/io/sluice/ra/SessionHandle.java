package io.sluice.ra;

import jakarta.jms.BytesMessage;
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
import jakarta.jms.TransactionInProgressException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The session an application gets from a {@link ConnectionHandle}. Inside a container transaction
 * it works on the transaction's session, which outlives it: closing the handle then closes only
 * the producers, consumers and browsers it created. Outside a transaction the session is its own.
 */
final class SessionHandle implements QueueSession, TopicSession {

    private final Session physical;
    private final boolean transactional;
    private final List<AutoCloseable> children = new ArrayList<>();
    private boolean closed;

    SessionHandle(SluiceManagedConnection.SessionUse use) {
        this.physical = use.session();
        this.transactional = use.transactional();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private synchronized Session open() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("this session is closed");
        }
        return physical;
    }

    private synchronized <T extends AutoCloseable> T track(T child) {
        children.add(child);
        return child;
    }

    @Override
    public void close() throws JMSException {
        List<AutoCloseable> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(children);
            children.clear();
        }
        JMSException failure = null;
        for (AutoCloseable child : toClose) {
            try {
                child.close();
            } catch (Exception e) {
                failure = failure != null ? failure : asJms(e);
            }
        }
        if (!transactional) {
            physical.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static JMSException asJms(Exception e) {
        if (e instanceof JMSException jms) {
            return jms;
        }
        JMSException wrapped = new JMSException(e.getMessage());
        wrapped.setLinkedException(e);
        return wrapped;
    }

    // ---- transactions: the container owns them

    @Override
    public boolean getTransacted() throws JMSException {
        return open().getTransacted();
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        return open().getAcknowledgeMode();
    }

    @Override
    public void commit() throws JMSException {
        checkNoContainerTransaction("commit");
        open().commit();
    }

    @Override
    public void rollback() throws JMSException {
        checkNoContainerTransaction("rollback");
        open().rollback();
    }

    @Override
    public void recover() throws JMSException {
        checkNoContainerTransaction("recover");
        open().recover();
    }

    private void checkNoContainerTransaction(String method) throws TransactionInProgressException {
        if (transactional) {
            throw new TransactionInProgressException("Session." + method + " is not allowed: this session is part of "
                    + "the container's JTA transaction, which commits or rolls it back (Jakarta Messaging 12.3)");
        }
    }

    @Override
    public MessageListener getMessageListener() throws JMSException {
        throw ContainerRules.forbidden("Session.getMessageListener");
    }

    @Override
    public void setMessageListener(MessageListener listener) throws JMSException {
        throw ContainerRules.forbidden("Session.setMessageListener");
    }

    @Override
    public void run() {
        throw ContainerRules.forbiddenRuntime("Session.run");
    }

    // ---- messages

    @Override
    public BytesMessage createBytesMessage() throws JMSException {
        return open().createBytesMessage();
    }

    @Override
    public MapMessage createMapMessage() throws JMSException {
        return open().createMapMessage();
    }

    @Override
    public Message createMessage() throws JMSException {
        return open().createMessage();
    }

    @Override
    public ObjectMessage createObjectMessage() throws JMSException {
        return open().createObjectMessage();
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) throws JMSException {
        return open().createObjectMessage(object);
    }

    @Override
    public StreamMessage createStreamMessage() throws JMSException {
        return open().createStreamMessage();
    }

    @Override
    public TextMessage createTextMessage() throws JMSException {
        return open().createTextMessage();
    }

    @Override
    public TextMessage createTextMessage(String text) throws JMSException {
        return open().createTextMessage(text);
    }

    // ---- producers and consumers

    @Override
    public MessageProducer createProducer(Destination destination) throws JMSException {
        return track(new ProducerHandle(open().createProducer(Destinations.toSluice(destination))));
    }

    @Override
    public QueueSender createSender(Queue queue) throws JMSException {
        return track(new ProducerHandle(open().createProducer(Destinations.toSluice(queue))));
    }

    @Override
    public TopicPublisher createPublisher(Topic topic) throws JMSException {
        return track(new ProducerHandle(open().createProducer(Destinations.toSluice(topic))));
    }

    @Override
    public MessageConsumer createConsumer(Destination destination) throws JMSException {
        return track(new ConsumerHandle(open().createConsumer(Destinations.toSluice(destination))));
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector) throws JMSException {
        return track(new ConsumerHandle(open().createConsumer(Destinations.toSluice(destination), messageSelector)));
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal)
            throws JMSException {
        return track(new ConsumerHandle(open().createConsumer(Destinations.toSluice(destination), messageSelector,
                noLocal)));
    }

    @Override
    public QueueReceiver createReceiver(Queue queue) throws JMSException {
        return track(new ConsumerHandle(((QueueSession) open()).createReceiver(Destinations.toSluice(queue))));
    }

    @Override
    public QueueReceiver createReceiver(Queue queue, String messageSelector) throws JMSException {
        return track(new ConsumerHandle(((QueueSession) open()).createReceiver(Destinations.toSluice(queue),
                messageSelector)));
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic) throws JMSException {
        return track(new ConsumerHandle(((TopicSession) open()).createSubscriber(Destinations.toSluice(topic))));
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic, String messageSelector, boolean noLocal) throws JMSException {
        return track(new ConsumerHandle(((TopicSession) open()).createSubscriber(Destinations.toSluice(topic),
                messageSelector, noLocal)));
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) throws JMSException {
        return track(new ConsumerHandle(open().createSharedConsumer(Destinations.toSluice(topic),
                sharedSubscriptionName)));
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector)
            throws JMSException {
        return track(new ConsumerHandle(open().createSharedConsumer(Destinations.toSluice(topic),
                sharedSubscriptionName, messageSelector)));
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name) throws JMSException {
        return track(new ConsumerHandle(open().createDurableSubscriber(Destinations.toSluice(topic), name)));
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        return track(new ConsumerHandle(open().createDurableSubscriber(Destinations.toSluice(topic), name,
                messageSelector, noLocal)));
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name) throws JMSException {
        return track(new ConsumerHandle(open().createDurableConsumer(Destinations.toSluice(topic), name)));
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        return track(new ConsumerHandle(open().createDurableConsumer(Destinations.toSluice(topic), name,
                messageSelector, noLocal)));
    }

    @Override
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name) throws JMSException {
        return track(new ConsumerHandle(open().createSharedDurableConsumer(Destinations.toSluice(topic), name)));
    }

    @Override
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector)
            throws JMSException {
        return track(new ConsumerHandle(open().createSharedDurableConsumer(Destinations.toSluice(topic), name,
                messageSelector)));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) throws JMSException {
        return track(open().createBrowser(Destinations.toSluice(queue)));
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) throws JMSException {
        return track(open().createBrowser(Destinations.toSluice(queue), messageSelector));
    }

    // ---- destinations

    @Override
    public Queue createQueue(String queueName) throws JMSException {
        return open().createQueue(queueName);
    }

    @Override
    public Topic createTopic(String topicName) throws JMSException {
        return open().createTopic(topicName);
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        return open().createTemporaryQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        return open().createTemporaryTopic();
    }

    @Override
    public void unsubscribe(String name) throws JMSException {
        open().unsubscribe(name);
    }
}
