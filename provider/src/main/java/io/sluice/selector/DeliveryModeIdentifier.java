package io.sluice.selector;

import jakarta.jms.DeliveryMode;

/** JMSDeliveryMode, which a selector sees as 'PERSISTENT' or 'NON_PERSISTENT' (JMS 3.8.1.3). */
final class DeliveryModeIdentifier extends Identifier {
    private static final String PERSISTENT = "PERSISTENT";
    private static final String NON_PERSISTENT = "NON_PERSISTENT";

    DeliveryModeIdentifier() {
        super("JMSDeliveryMode");
    }

    @Override
    Object evaluate(PropertyResolver message) {
        Object mode = super.evaluate(message);
        // a resolver may hand over the Message.getJMSDeliveryMode() constant instead of its selector spelling
        if (mode instanceof Integer code) {
            return switch (code) {
                case DeliveryMode.PERSISTENT -> PERSISTENT;
                case DeliveryMode.NON_PERSISTENT -> NON_PERSISTENT;
                default -> null;
            };
        }
        return mode;
    }
}
