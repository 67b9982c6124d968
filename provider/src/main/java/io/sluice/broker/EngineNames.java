package io.sluice.broker;

import io.sluice.message.SluiceDestination;

/**
 * How JMS names map onto engine names. Queues and topics live in separate JMS namespaces (a
 * Queue "a" and a Topic "a" are different destinations), so each kind gets its own prefix.
 */
final class EngineNames {

    static final String QUEUE_PREFIX = "queue.";
    static final String TOPIC_PREFIX = "topic.";
    /** The single consumer group that holds a JMS queue's messages. */
    static final String QUEUE_GROUP = "jms.queue";
    /** Dead letters are routed to the JMS queue "DLQ", so applications can consume them. */
    static final String DEAD_LETTER_TOPIC = QUEUE_PREFIX + "DLQ";

    private EngineNames() {
    }

    static String topicOf(SluiceDestination destination) {
        return (destination.isTopic() ? TOPIC_PREFIX : QUEUE_PREFIX) + destination.name();
    }

    /** The JMS name of an engine topic made by {@link #topicOf}. */
    static String jmsName(String engineTopic) {
        return engineTopic.substring(engineTopic.startsWith(QUEUE_PREFIX) ? QUEUE_PREFIX.length() : TOPIC_PREFIX.length());
    }

    static String durableGroup(String clientId, String subscriptionName) {
        return "jms.durable." + (clientId == null ? "" : clientId) + "." + subscriptionName;
    }

    static String sharedGroup(String clientId, String subscriptionName) {
        return "jms.shared." + (clientId == null ? "" : clientId) + "." + subscriptionName;
    }

    static String privateGroup(long connectionSerial, long consumerSerial) {
        return "jms.sub." + connectionSerial + "." + consumerSerial;
    }
}
