package io.sluice.selector;

/**
 * What a {@link Selector} reads from a message: the value of a header field or property, by name.
 *
 * <p>Values must have the type the property was set with (Boolean, Byte, Short, Integer, Long, Float, Double or
 * String): a selector never converts between types (JMS 3.8.1.1). Absent properties and null header fields are
 * {@code null}. Header fields a selector may reference are asked for by their JMS names: JMSDeliveryMode (the
 * String "PERSISTENT" or "NON_PERSISTENT"; the {@link jakarta.jms.DeliveryMode} int constants are accepted too),
 * JMSPriority (Integer), JMSTimestamp (Long), JMSMessageID, JMSCorrelationID and JMSType (String).
 *
 * <p>Called once for every occurrence of an identifier each time a selector is evaluated, so it should be a cheap
 * lookup.
 */
@FunctionalInterface
public interface PropertyResolver {
    Object get(String identifier);
}
