package io.sluice.message;

import jakarta.jms.JMSException;

/**
 * What {@link jakarta.jms.Message#acknowledge()} does on a received message. The client installs it; whether
 * the call is legal (closed session, acknowledge mode) is its decision.
 */
@FunctionalInterface
public interface AcknowledgeCallback {
    void acknowledge(SluiceMessage message) throws JMSException;
}
