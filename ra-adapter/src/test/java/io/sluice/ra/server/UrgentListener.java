package io.sluice.ra.server;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** Consumes only the messages of its queue that its selector accepts. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "tickets"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "severity = 'urgent'")
})
public class UrgentListener implements MessageListener {

    static final String NAME = "urgent";

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
