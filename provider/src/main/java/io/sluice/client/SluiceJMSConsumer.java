package io.sluice.client;

import io.sluice.message.SluiceMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageListener;

import static io.sluice.client.SluiceJMSContext.unchecked;

/** The simplified API's consumer: a MessageConsumer with unchecked exceptions and receiveBody. */
final class SluiceJMSConsumer implements JMSConsumer {

    private final SluiceMessageConsumer consumer;

    SluiceJMSConsumer(SluiceMessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getMessageSelector() {
        return unchecked(consumer::getMessageSelector);
    }

    @Override
    public MessageListener getMessageListener() {
        return unchecked(consumer::getMessageListener);
    }

    @Override
    public void setMessageListener(MessageListener listener) {
        unchecked(() -> {
            consumer.setMessageListener(listener);
            return null;
        });
    }

    @Override
    public Message receive() {
        return unchecked(consumer::receive);
    }

    @Override
    public Message receive(long timeout) {
        return unchecked(() -> consumer.receive(timeout));
    }

    @Override
    public Message receiveNoWait() {
        return unchecked(consumer::receiveNoWait);
    }

    @Override
    public void close() {
        unchecked(() -> {
            consumer.close();
            return null;
        });
    }

    @Override
    public <T> T receiveBody(Class<T> c) {
        return receiveBody(c, 0);
    }

    @Override
    public <T> T receiveBody(Class<T> c, long timeout) {
        return body(unchecked(() -> consumer.receive(timeout, message -> requireBody(message, c))), c);
    }

    @Override
    public <T> T receiveBodyNoWait(Class<T> c) {
        return body(unchecked(() -> consumer.receiveNoWait(message -> requireBody(message, c))), c);
    }

    /** A plain Message has no body, so receiveBody cannot return one (JMSConsumer.receiveBody). */
    private static void requireBody(SluiceMessage message, Class<?> c) throws JMSException {
        if (message.getClass() == SluiceMessage.class) {
            throw new MessageFormatException("the message has no body (it is a plain Message)");
        }
        if (!message.isBodyAssignableTo(c)) {
            throw new MessageFormatException("the body of the message cannot be assigned to " + c.getName());
        }
    }

    private static <T> T body(Message message, Class<T> c) {
        return message == null ? null : unchecked(() -> message.getBody(c));
    }
}
