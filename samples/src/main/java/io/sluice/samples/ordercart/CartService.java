package io.sluice.samples.ordercart;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import java.util.ArrayList;
import java.util.List;

/** Consumes the {@code Order} messages: an order reaches the cart only once its row is committed. */
final class CartService implements AutoCloseable {
    private final Session session;
    private final MessageConsumer consumer;

    CartService(Connection connection) throws JMSException {
        this.session = connection.createSession();
        this.consumer = session.createConsumer(session.createQueue("orders"));
    }

    /** The orders that arrive until none has for {@code quietMillis}. */
    List<Order> receive(long quietMillis) throws JMSException {
        List<Order> received = new ArrayList<>();
        Message message;
        while ((message = consumer.receive(quietMillis)) != null) {
            Order order = Order.of(message);
            System.out.println("cart received order " + order);
            received.add(order);
        }
        return received;
    }

    @Override
    public void close() throws JMSException {
        session.close();
    }
}
