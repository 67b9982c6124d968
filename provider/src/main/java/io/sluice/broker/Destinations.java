package io.sluice.broker;

import io.sluice.engine.ConsumeMode;
import io.sluice.engine.ConsumerGroup;
import io.sluice.engine.Engine;
import io.sluice.engine.GroupOptions;
import io.sluice.engine.StartPosition;
import io.sluice.engine.TopicOptions;
import io.sluice.message.SluiceDestination;
import io.sluice.security.Authorizer;
import io.sluice.security.Permission;
import io.sluice.security.Principal;
import jakarta.jms.JMSException;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Declares destinations in the engine on first use. A queue is declared together with the one
 * durable group that consumes it, starting at the earliest message, so that messages sent
 * before any consumer exists are kept for it.
 */
final class Destinations {

    static final int GROUP_MAX_IN_FLIGHT = 1000;

    private final Engine engine;
    private final int queueCount;
    private final Set<String> orderedQueues;
    private final Authorizer authorizer;

    Destinations(Engine engine, int queueCount, Set<String> orderedQueues, Authorizer authorizer) {
        this.engine = engine;
        this.queueCount = queueCount;
        this.orderedQueues = orderedQueues;
        this.authorizer = authorizer;
    }

    /** Returns the engine topic of the destination, creating it when {@code who} may. */
    String ensure(SluiceDestination destination, Principal who) throws JMSException {
        String topic = EngineNames.topicOf(destination);
        if (engine.topic(topic).isEmpty()) {
            authorizer.check(who, Permission.CREATE, destination.name(), destination.isTopic());
            declare(topic, !destination.isTopic());
        }
        return topic;
    }

    /** Declares without a permission check: temporary destinations belong to their connection. */
    String declareTemporary(SluiceDestination destination) {
        String topic = EngineNames.topicOf(destination);
        declare(topic, !destination.isTopic());
        return topic;
    }

    void declareDeadLetterQueue() {
        declare(EngineNames.DEAD_LETTER_TOPIC, true);
    }

    private synchronized void declare(String topic, boolean queue) {
        engine.declareTopic(topic, new TopicOptions(queueCount, modeOf(topic), Duration.ZERO, null, null));
        if (queue) {
            queueGroup(topic);
        }
    }

    ConsumerGroup queueGroup(String topic) {
        return engine.openGroup(topic, EngineNames.QUEUE_GROUP, new GroupOptions(modeOf(topic),
                StartPosition.EARLIEST, true, null, GROUP_MAX_IN_FLIGHT, Map.of()));
    }

    private ConsumeMode modeOf(String topic) {
        boolean ordered = topic.startsWith(EngineNames.QUEUE_PREFIX) && orderedQueues.contains(EngineNames.jmsName(topic));
        return ordered ? ConsumeMode.ORDERED : ConsumeMode.CONCURRENT;
    }

    void delete(String topic) {
        engine.deleteTopic(topic);
    }
}
