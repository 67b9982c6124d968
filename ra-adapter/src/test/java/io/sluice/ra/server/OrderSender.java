package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Sends inside the container's JTA transaction, through the adapter's pooled connection factory. */
@Stateless
public class OrderSender {

    @Resource(lookup = "java:/jms/SluiceCF")
    private ConnectionFactory factory;

    @Resource(lookup = "java:/jms/queue/Orders")
    private Queue orders;

    @Resource
    private SessionContext bean;

    public void send(String text) {
        send(orders, text);
    }

    public void send(Destination destination, String text) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(destination, text);
        }
    }

    public void sendWithProperty(Destination destination, String text, String name, String value) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().setProperty(name, value).send(destination, text);
        }
    }

    /** The send is part of the transaction, which then rolls back: the message must never arrive. */
    public void sendThenRollBackQuietly(String text) {
        send(text);
        bean.setRollbackOnly();
    }
}
