package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;

/** Receives what the beans left in a queue, outside any transaction (auto-acknowledged). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueProbe {

    @Resource(name = "jms/SluiceCF")
    private ConnectionFactory factory;

    public String receiveText(String queue, String selector, long timeoutMillis) {
        try (JMSContext context = factory.createContext();
             JMSConsumer consumer = context.createConsumer(context.createQueue(queue), selector)) {
            return consumer.receiveBody(String.class, timeoutMillis);
        }
    }
}
