package io.sluice.cdi;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import java.io.Serializable;

/**
 * What the application is given for {@code @Inject JMSContext}: every call goes to the context of the
 * current scope for this injection point's annotations, so injection points with identical annotations
 * share it. The calls that would change that shared state are refused, as Jakarta Messaging 12.4.5 requires.
 */
final class InjectedJMSContext implements JMSContext {

    private final ContextKey key;
    private final InjectedContexts contexts;

    InjectedJMSContext(ContextKey key, InjectedContexts contexts) {
        this.key = key;
        this.contexts = contexts;
    }

    private JMSContext current() {
        return contexts.current(key);
    }

    private static IllegalStateRuntimeException refused(String method) {
        return new IllegalStateRuntimeException(method + " is not permitted on an injected JMSContext: the container "
                + "manages it and shares it with other injection points (Jakarta Messaging 12.4.5)");
    }

    // ---- refused: they change state other beans sharing the context depend on

    @Override
    public void setClientID(String clientID) {
        throw refused("setClientID");
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        throw refused("setExceptionListener");
    }

    @Override
    public void start() {
        throw refused("start");
    }

    @Override
    public void stop() {
        throw refused("stop");
    }

    @Override
    public void setAutoStart(boolean autoStart) {
        throw refused("setAutoStart");
    }

    @Override
    public void acknowledge() {
        throw refused("acknowledge");
    }

    @Override
    public void commit() {
        throw refused("commit");
    }

    @Override
    public void rollback() {
        throw refused("rollback");
    }

    @Override
    public void recover() {
        throw refused("recover");
    }

    @Override
    public void close() {
        throw refused("close");
    }

    // ---- passed to the scope's context

    @Override
    public JMSContext createContext(int sessionMode) {
        return current().createContext(sessionMode);
    }

    @Override
    public JMSProducer createProducer() {
        return current().createProducer();
    }

    @Override
    public String getClientID() {
        return current().getClientID();
    }

    @Override
    public ConnectionMetaData getMetaData() {
        return current().getMetaData();
    }

    @Override
    public ExceptionListener getExceptionListener() {
        return current().getExceptionListener();
    }

    @Override
    public boolean getAutoStart() {
        return current().getAutoStart();
    }

    @Override
    public BytesMessage createBytesMessage() {
        return current().createBytesMessage();
    }

    @Override
    public MapMessage createMapMessage() {
        return current().createMapMessage();
    }

    @Override
    public Message createMessage() {
        return current().createMessage();
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return current().createObjectMessage();
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        return current().createObjectMessage(object);
    }

    @Override
    public StreamMessage createStreamMessage() {
        return current().createStreamMessage();
    }

    @Override
    public TextMessage createTextMessage() {
        return current().createTextMessage();
    }

    @Override
    public TextMessage createTextMessage(String text) {
        return current().createTextMessage(text);
    }

    @Override
    public boolean getTransacted() {
        return current().getTransacted();
    }

    @Override
    public int getSessionMode() {
        return current().getSessionMode();
    }

    @Override
    public JMSConsumer createConsumer(Destination destination) {
        return current().createConsumer(destination);
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector) {
        return current().createConsumer(destination, messageSelector);
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal) {
        return current().createConsumer(destination, messageSelector, noLocal);
    }

    @Override
    public Queue createQueue(String queueName) {
        return current().createQueue(queueName);
    }

    @Override
    public Topic createTopic(String topicName) {
        return current().createTopic(topicName);
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        return current().createDurableConsumer(topic, name);
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal) {
        return current().createDurableConsumer(topic, name, messageSelector, noLocal);
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        return current().createSharedDurableConsumer(topic, name);
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector) {
        return current().createSharedDurableConsumer(topic, name, messageSelector);
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) {
        return current().createSharedConsumer(topic, sharedSubscriptionName);
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector) {
        return current().createSharedConsumer(topic, sharedSubscriptionName, messageSelector);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        return current().createBrowser(queue);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) {
        return current().createBrowser(queue, messageSelector);
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return current().createTemporaryQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return current().createTemporaryTopic();
    }

    @Override
    public void unsubscribe(String name) {
        current().unsubscribe(name);
    }

    @Override
    public String toString() {
        return "injected JMSContext " + key;
    }
}
