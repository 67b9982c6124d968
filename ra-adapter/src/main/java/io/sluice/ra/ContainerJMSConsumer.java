package io.sluice.ra;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;

import static io.sluice.ra.ContainerJMSContext.call;

/** The JMSConsumer of a container JMSContext: synchronous receives only (JMS 12.2). */
final class ContainerJMSConsumer implements JMSConsumer {

    private final MessageConsumer consumer;

    ContainerJMSConsumer(MessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getMessageSelector() {
        return call(consumer::getMessageSelector);
    }

    @Override
    public MessageListener getMessageListener() {
        throw ContainerRules.forbiddenRuntime("JMSConsumer.getMessageListener");
    }

    @Override
    public void setMessageListener(MessageListener listener) {
        throw ContainerRules.forbiddenRuntime("JMSConsumer.setMessageListener");
    }

    @Override
    public Message receive() {
        return call(consumer::receive);
    }

    @Override
    public Message receive(long timeout) {
        return call(() -> consumer.receive(timeout));
    }

    @Override
    public Message receiveNoWait() {
        return call(consumer::receiveNoWait);
    }

    @Override
    public void close() {
        call(() -> {
            consumer.close();
            return null;
        });
    }

    @Override
    public <T> T receiveBody(Class<T> c) {
        return body(receive(), c);
    }

    @Override
    public <T> T receiveBody(Class<T> c, long timeout) {
        return body(receive(timeout), c);
    }

    @Override
    public <T> T receiveBodyNoWait(Class<T> c) {
        return body(receiveNoWait(), c);
    }

    private static <T> T body(Message message, Class<T> c) {
        return message == null ? null : call(() -> message.getBody(c));
    }
}
