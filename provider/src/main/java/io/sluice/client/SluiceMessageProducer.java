package io.sluice.client;

import io.sluice.message.SluiceDestination;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueSender;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;

/** A producer: its default delivery options, with or without a fixed destination. */
public class SluiceMessageProducer implements QueueSender, TopicPublisher {

    private final SluiceSession session;
    private final SluiceDestination destination;
    private final SendOptions options = new SendOptions();
    private volatile boolean closed;

    SluiceMessageProducer(SluiceSession session, SluiceDestination destination) {
        this.session = session;
        this.destination = destination;
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw JmsExceptions.closed("producer");
        }
        session.checkOpen();
    }

    @Override
    public void setDisableMessageID(boolean value) throws JMSException {
        checkOpen();
        options.disableMessageId = value;
    }

    @Override
    public boolean getDisableMessageID() throws JMSException {
        checkOpen();
        return options.disableMessageId;
    }

    @Override
    public void setDisableMessageTimestamp(boolean value) throws JMSException {
        checkOpen();
        options.disableTimestamp = value;
    }

    @Override
    public boolean getDisableMessageTimestamp() throws JMSException {
        checkOpen();
        return options.disableTimestamp;
    }

    @Override
    public void setDeliveryMode(int deliveryMode) throws JMSException {
        checkOpen();
        SendOptions.checkDeliveryMode(deliveryMode);
        options.deliveryMode = deliveryMode;
    }

    @Override
    public int getDeliveryMode() throws JMSException {
        checkOpen();
        return options.deliveryMode;
    }

    @Override
    public void setPriority(int priority) throws JMSException {
        checkOpen();
        SendOptions.checkPriority(priority);
        options.priority = priority;
    }

    @Override
    public int getPriority() throws JMSException {
        checkOpen();
        return options.priority;
    }

    @Override
    public void setTimeToLive(long timeToLive) throws JMSException {
        checkOpen();
        options.timeToLive = timeToLive;
    }

    @Override
    public long getTimeToLive() throws JMSException {
        checkOpen();
        return options.timeToLive;
    }

    @Override
    public void setDeliveryDelay(long deliveryDelay) throws JMSException {
        checkOpen();
        options.deliveryDelay = deliveryDelay;
    }

    @Override
    public long getDeliveryDelay() throws JMSException {
        checkOpen();
        return options.deliveryDelay;
    }

    @Override
    public Destination getDestination() throws JMSException {
        checkOpen();
        return destination;
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return destination instanceof Queue queue ? queue : null;
    }

    @Override
    public Topic getTopic() throws JMSException {
        checkOpen();
        return destination instanceof Topic topic ? topic : null;
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        // a close must wait for this session's incomplete asynchronous sends (spec 7.3.8)
        if (session.completions().isCurrentThread()) {
            throw new IllegalStateException("a CompletionListener must not close its own producer");
        }
        session.completions().awaitIdle();
        closeLocally();
    }

    void closeLocally() {
        closed = true;
        session.producerClosed(this);
    }

    // ---- sends with the producer's destination

    @Override
    public void send(Message message) throws JMSException {
        send(message, options.deliveryMode, options.priority, options.timeToLive);
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        sendToOwn(message, deliveryMode, priority, timeToLive, null);
    }

    @Override
    public void send(Message message, CompletionListener completionListener) throws JMSException {
        send(message, options.deliveryMode, options.priority, options.timeToLive, completionListener);
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive,
                     CompletionListener completionListener) throws JMSException {
        requireListener(completionListener);
        sendToOwn(message, deliveryMode, priority, timeToLive, completionListener);
    }

    private void sendToOwn(Message message, int deliveryMode, int priority, long timeToLive,
                           CompletionListener listener) throws JMSException {
        checkOpen();
        if (destination == null) {
            throw new UnsupportedOperationException("this producer has no destination: use a send method that names one");
        }
        session.sender().send(destination, message, deliveryMode, priority, timeToLive, options, listener);
    }

    // ---- sends naming the destination (anonymous producer)

    @Override
    public void send(Destination target, Message message) throws JMSException {
        send(target, message, options.deliveryMode, options.priority, options.timeToLive);
    }

    @Override
    public void send(Destination target, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        sendTo(target, message, deliveryMode, priority, timeToLive, null);
    }

    @Override
    public void send(Destination target, Message message, CompletionListener completionListener) throws JMSException {
        send(target, message, options.deliveryMode, options.priority, options.timeToLive, completionListener);
    }

    @Override
    public void send(Destination target, Message message, int deliveryMode, int priority, long timeToLive,
                     CompletionListener completionListener) throws JMSException {
        requireListener(completionListener);
        sendTo(target, message, deliveryMode, priority, timeToLive, completionListener);
    }

    private void sendTo(Destination target, Message message, int deliveryMode, int priority, long timeToLive,
                        CompletionListener listener) throws JMSException {
        checkOpen();
        if (destination != null) {
            throw new UnsupportedOperationException("this producer was created for " + destination
                    + ": use a send method without a destination");
        }
        if (target == null) {
            throw new InvalidDestinationException("the destination is null");
        }
        session.sender().send(DestinationChecks.require(target), message, deliveryMode, priority, timeToLive, options,
                listener);
    }

    private static void requireListener(CompletionListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("the CompletionListener must not be null");
        }
    }

    // ---- legacy domain names

    @Override
    public void send(Queue queue, Message message) throws JMSException {
        send((Destination) queue, message);
    }

    @Override
    public void send(Queue queue, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        send((Destination) queue, message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Message message) throws JMSException {
        send(message);
    }

    @Override
    public void publish(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        send(message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Topic topic, Message message) throws JMSException {
        send(topic, message);
    }

    @Override
    public void publish(Topic topic, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        send(topic, message, deliveryMode, priority, timeToLive);
    }
}
