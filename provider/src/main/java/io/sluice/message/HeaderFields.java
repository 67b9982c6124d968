package io.sluice.message;

import jakarta.jms.DeliveryMode;

import java.util.Set;

/** The JMS header field names, and how a message selector sees the header fields it may reference. */
final class HeaderFields {
    static final String DELIVERY_MODE = "JMSDeliveryMode";
    static final String PRIORITY = "JMSPriority";
    static final String MESSAGE_ID = "JMSMessageID";
    static final String TIMESTAMP = "JMSTimestamp";
    static final String CORRELATION_ID = "JMSCorrelationID";
    static final String TYPE = "JMSType";

    private static final Set<String> ALL = Set.of(DELIVERY_MODE, PRIORITY, MESSAGE_ID, TIMESTAMP, CORRELATION_ID,
            TYPE, "JMSDestination", "JMSReplyTo", "JMSRedelivered", "JMSExpiration", "JMSDeliveryTime");

    private HeaderFields() {
    }

    static boolean isHeaderField(String name) {
        return ALL.contains(name);
    }

    /** JMS 3.8.1.3: a selector sees the delivery mode as the strings PERSISTENT and NON_PERSISTENT. */
    static String deliveryModeForSelector(int deliveryMode) {
        return deliveryMode == DeliveryMode.NON_PERSISTENT ? "NON_PERSISTENT" : "PERSISTENT";
    }
}
