package io.sluice.message;

import jakarta.jms.MessageFormatException;

import java.util.Map;

/**
 * The JMS defined properties (JMS 3.5.9) and the types the specification gives them. A value of another
 * type is refused, so that the broker (message groups) and selectors can rely on them.
 */
public final class JmsxProperties {
    public static final String USER_ID = "JMSXUserID";
    public static final String APP_ID = "JMSXAppID";
    public static final String DELIVERY_COUNT = "JMSXDeliveryCount";
    public static final String GROUP_ID = "JMSXGroupID";
    public static final String GROUP_SEQ = "JMSXGroupSeq";
    public static final String PRODUCER_TX_ID = "JMSXProducerTXID";
    public static final String CONSUMER_TX_ID = "JMSXConsumerTXID";
    public static final String RCV_TIMESTAMP = "JMSXRcvTimestamp";
    public static final String STATE = "JMSXState";

    private static final Map<String, Class<?>> TYPES = Map.of(
            USER_ID, String.class, APP_ID, String.class, DELIVERY_COUNT, Integer.class, GROUP_ID, String.class,
            GROUP_SEQ, Integer.class, PRODUCER_TX_ID, String.class, CONSUMER_TX_ID, String.class,
            RCV_TIMESTAMP, Long.class, STATE, Integer.class);

    private JmsxProperties() {
    }

    static void requireDefinedType(String name, Object value) throws MessageFormatException {
        Class<?> type = TYPES.get(name);
        if (type != null && value != null && !type.isInstance(value)) {
            throw new MessageFormatException("property " + name + " is defined by JMS as " + type.getSimpleName()
                    + " and cannot be set to a " + ValueConversions.typeName(value));
        }
    }
}
