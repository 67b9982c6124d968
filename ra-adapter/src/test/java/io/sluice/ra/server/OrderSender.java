package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Sends inside the container's JTA transaction, through the adapter's pooled connection factory (names mapped by the war's web.xml). */
@Stateless
public class OrderSender {

    static final String NAME = "sender";

    @Resource(name = "jms/SluiceCF")
    private ConnectionFactory factory;

    @Resource(name = "jms/queue/Orders")
    private Queue orders;

    @Resource
    private SessionContext bean;

    @EJB
    private Journal journal;

    public void send(String text) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(orders, text);
        }
    }

    public void publish(String text) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createTopic("events"), text);
        }
    }

    public void sendWithProperty(String queue, String text, String name, String value) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().setProperty(name, value).send(context.createQueue(queue), text);
        }
    }

    /** A database row and a send in one transaction: both commit or neither does. */
    public void recordAndSend(String text, boolean rollBack) {
        journal.record(NAME, text, 0);
        send(text);
        if (rollBack) {
            bean.setRollbackOnly();
        }
    }

    /** The send is part of the transaction, which then rolls back: the message must never arrive. */
    public void sendThenRollBackQuietly(String text) {
        send(text);
        bean.setRollbackOnly();
    }
}
