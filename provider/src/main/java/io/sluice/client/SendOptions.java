package io.sluice.client;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** A producer's defaults (spec 7.5 - 7.9), shared by MessageProducer and JMSProducer. */
final class SendOptions {

    volatile int deliveryMode = Message.DEFAULT_DELIVERY_MODE;
    volatile int priority = Message.DEFAULT_PRIORITY;
    volatile long timeToLive = Message.DEFAULT_TIME_TO_LIVE;
    volatile long deliveryDelay = Message.DEFAULT_DELIVERY_DELAY;
    volatile boolean disableMessageId;
    volatile boolean disableTimestamp;

    static void checkDeliveryMode(int deliveryMode) throws JMSException {
        if (deliveryMode != DeliveryMode.PERSISTENT && deliveryMode != DeliveryMode.NON_PERSISTENT) {
            throw new JMSException("invalid delivery mode " + deliveryMode
                    + "; expected DeliveryMode.PERSISTENT (2) or NON_PERSISTENT (1)");
        }
    }

    static void checkPriority(int priority) throws JMSException {
        if (priority < 0 || priority > 9) {
            throw new JMSException("invalid priority " + priority + "; expected 0 to 9");
        }
    }
}
