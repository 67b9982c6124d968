package io.sluice.message;

/**
 * The header fields and properties of a message as a message selector sees them (JMS 3.8.1.1):
 * JMSDeliveryMode as "PERSISTENT" or "NON_PERSISTENT", JMSPriority as Integer, JMSTimestamp as Long,
 * JMSMessageID, JMSCorrelationID and JMSType as String, every property with the type it was set with, and
 * null for whatever is absent (including the header fields a selector may not reference).
 */
@FunctionalInterface
public interface PropertyView {
    Object get(String identifier);
}
