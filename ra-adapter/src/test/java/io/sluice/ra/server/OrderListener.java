package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDrivenContext;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Consumes the queue the ejb-jar.xml of the war names with destinationLookup (a JNDI name of the
 * server's). Journals each order in the database, in the transaction the message was delivered in. An order
 * named "fail-once-..." rolls back its first delivery; one named "poison-..." rolls back every time.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "redeliveryAttempts", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "deadLetterDestination", propertyValue = "orders.dead")
})
public class OrderListener implements MessageListener {

    static final String NAME = "orders";

    @EJB
    private Journal journal;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            String text = ((TextMessage) message).getText();
            int deliveryCount = message.getIntProperty("JMSXDeliveryCount");
            journal.record(NAME, text, deliveryCount);
            if (text.startsWith("poison-") || (text.startsWith("fail-once-") && deliveryCount == 1)) {
                context.setRollbackOnly();
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
