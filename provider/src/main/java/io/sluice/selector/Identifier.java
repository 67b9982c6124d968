package io.sluice.selector;

import java.util.Map;
import java.util.Set;

/**
 * A reference to a header field or property, read from the message on every evaluation. The header fields a
 * selector may reference have known types, which the parser checks; properties may have any type.
 */
class Identifier extends Expression {
    /** JMS 3.8.1.1: "Message header field references are restricted to" these. */
    private static final Map<String, StaticType> SELECTABLE_HEADER_FIELDS = Map.of(
            "JMSDeliveryMode", StaticType.STRING, "JMSPriority", StaticType.NUMBER,
            "JMSMessageID", StaticType.STRING, "JMSTimestamp", StaticType.NUMBER,
            "JMSCorrelationID", StaticType.STRING, "JMSType", StaticType.STRING);
    /** The other header fields: a selector naming them would silently read an absent property, so it is refused. */
    private static final Set<String> UNSELECTABLE_HEADER_FIELDS = Set.of(
            "JMSDestination", "JMSReplyTo", "JMSRedelivered", "JMSExpiration", "JMSDeliveryTime");

    private final String name;
    private final StaticType type;

    Identifier(String name) {
        this.name = name;
        this.type = SELECTABLE_HEADER_FIELDS.getOrDefault(name, StaticType.ANY);
    }

    static Identifier of(String name) {
        return "JMSDeliveryMode".equals(name) ? new DeliveryModeIdentifier() : new Identifier(name);
    }

    static boolean isUnselectableHeaderField(String name) {
        return UNSELECTABLE_HEADER_FIELDS.contains(name);
    }

    @Override
    Object evaluate(PropertyResolver message) {
        return message.get(name);
    }

    @Override
    final StaticType type() {
        return type;
    }

    @Override
    public final String toString() {
        return name;
    }
}
