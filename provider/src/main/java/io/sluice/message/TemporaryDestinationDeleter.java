package io.sluice.message;

import jakarta.jms.JMSException;

/**
 * Deletes a temporary destination on behalf of the connection that created it. The client installs one on
 * every temporary destination it creates; the rules (no active consumer, connection not closed) are its own.
 */
@FunctionalInterface
public interface TemporaryDestinationDeleter {
    void delete(SluiceDestination destination) throws JMSException;
}
