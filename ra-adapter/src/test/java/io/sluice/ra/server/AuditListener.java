package io.sluice.ra.server;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** A durable subscription to the topic the ejb-jar.xml of the war names with destinationLookup. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "sluice-it"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "audit")
})
public class AuditListener implements MessageListener {

    static final String NAME = "audit";

    @EJB
    private Journal journal;

    @Override
    public void onMessage(Message message) {
        try {
            journal.record(NAME, ((TextMessage) message).getText(), message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
