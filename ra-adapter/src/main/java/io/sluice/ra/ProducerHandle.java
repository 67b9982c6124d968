package io.sluice.ra;

import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueSender;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;

/**
 * A producer of a container session: sends to the adapter's administered destinations too, and
 * refuses asynchronous sends, which JMS 12.2 does not permit in a web or EJB container.
 */
final class ProducerHandle implements QueueSender, TopicPublisher {

    private final MessageProducer physical;

    ProducerHandle(MessageProducer physical) {
        this.physical = physical;
    }

    @Override
    public void send(Message message) throws JMSException {
        physical.send(message);
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        physical.send(message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void send(Destination destination, Message message) throws JMSException {
        physical.send(Destinations.toSluice(destination), message);
    }

    @Override
    public void send(Destination destination, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        physical.send(Destinations.toSluice(destination), message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void send(Queue queue, Message message) throws JMSException {
        physical.send(Destinations.toSluice(queue), message);
    }

    @Override
    public void send(Queue queue, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        physical.send(Destinations.toSluice(queue), message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Message message) throws JMSException {
        physical.send(message);
    }

    @Override
    public void publish(Message message, int deliveryMode, int priority, long timeToLive) throws JMSException {
        physical.send(message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void publish(Topic topic, Message message) throws JMSException {
        physical.send(Destinations.toSluice(topic), message);
    }

    @Override
    public void publish(Topic topic, Message message, int deliveryMode, int priority, long timeToLive)
            throws JMSException {
        physical.send(Destinations.toSluice(topic), message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void send(Message message, CompletionListener completionListener) throws JMSException {
        throw ContainerRules.forbidden("MessageProducer.send with a CompletionListener");
    }

    @Override
    public void send(Message message, int deliveryMode, int priority, long timeToLive,
                     CompletionListener completionListener) throws JMSException {
        throw ContainerRules.forbidden("MessageProducer.send with a CompletionListener");
    }

    @Override
    public void send(Destination destination, Message message, CompletionListener completionListener)
            throws JMSException {
        throw ContainerRules.forbidden("MessageProducer.send with a CompletionListener");
    }

    @Override
    public void send(Destination destination, Message message, int deliveryMode, int priority, long timeToLive,
                     CompletionListener completionListener) throws JMSException {
        throw ContainerRules.forbidden("MessageProducer.send with a CompletionListener");
    }

    @Override
    public Queue getQueue() throws JMSException {
        return (Queue) physical.getDestination();
    }

    @Override
    public Topic getTopic() throws JMSException {
        return (Topic) physical.getDestination();
    }

    @Override
    public Destination getDestination() throws JMSException {
        return physical.getDestination();
    }

    @Override
    public void setDisableMessageID(boolean value) throws JMSException {
        physical.setDisableMessageID(value);
    }

    @Override
    public boolean getDisableMessageID() throws JMSException {
        return physical.getDisableMessageID();
    }

    @Override
    public void setDisableMessageTimestamp(boolean value) throws JMSException {
        physical.setDisableMessageTimestamp(value);
    }

    @Override
    public boolean getDisableMessageTimestamp() throws JMSException {
        return physical.getDisableMessageTimestamp();
    }

    @Override
    public void setDeliveryMode(int deliveryMode) throws JMSException {
        physical.setDeliveryMode(deliveryMode);
    }

    @Override
    public int getDeliveryMode() throws JMSException {
        return physical.getDeliveryMode();
    }

    @Override
    public void setPriority(int defaultPriority) throws JMSException {
        physical.setPriority(defaultPriority);
    }

    @Override
    public int getPriority() throws JMSException {
        return physical.getPriority();
    }

    @Override
    public void setTimeToLive(long timeToLive) throws JMSException {
        physical.setTimeToLive(timeToLive);
    }

    @Override
    public long getTimeToLive() throws JMSException {
        return physical.getTimeToLive();
    }

    @Override
    public void setDeliveryDelay(long deliveryDelay) throws JMSException {
        physical.setDeliveryDelay(deliveryDelay);
    }

    @Override
    public long getDeliveryDelay() throws JMSException {
        return physical.getDeliveryDelay();
    }

    @Override
    public void close() throws JMSException {
        physical.close();
    }
}
