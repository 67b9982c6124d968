package io.sluice.broker;

import io.sluice.engine.ConsumeMode;
import io.sluice.engine.ConsumerGroup;
import io.sluice.engine.Engine;
import io.sluice.engine.GroupOptions;
import io.sluice.engine.StartPosition;
import io.sluice.selector.Selector;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The named subscriptions of a broker. Durable ones are engine groups whose attributes record
 * their identity, so they are found again after a restart; shared non-durable ones live only as
 * long as they have consumers. Durable and shared non-durable names are separate namespaces.
 */
final class Subscriptions {

    private static final String ATTR_SELECTOR = "jms.selector";
    private static final String ATTR_NO_LOCAL = "jms.noLocal";
    private static final String ATTR_SHARED = "jms.shared";
    private static final String ATTR_CLIENT_ID = "jms.clientId";

    private final Engine engine;
    private final Map<String, Subscription> durable = new HashMap<>();
    private final Map<String, Subscription> sharedNonDurable = new HashMap<>();
    private final AtomicLong incarnations = new AtomicLong();

    Subscriptions(Engine engine) {
        this.engine = engine;
    }

    /** Run before a subscription is created or removed: the security check for it. */
    @FunctionalInterface
    interface CreationCheck {
        void check() throws JMSException;
    }

    /** Finds, creates or replaces a durable subscription and counts one more consumer on it. */
    synchronized Subscription attachDurable(String clientId, String name, String topic, String selectorText,
                                            Selector selector, boolean noLocal, boolean shared,
                                            CreationCheck creationCheck) throws JMSException {
        String groupName = EngineNames.durableGroup(clientId, name);
        Subscription existing = findDurable(groupName).orElse(null);
        if (existing != null) {
            if (existing.shared != shared) {
                throw new JMSException("a " + (existing.shared ? "shared" : "unshared") + " durable subscription named '"
                        + name + "' already exists for client ID '" + clientId + "'");
            }
            if (!shared && existing.consumers > 0) {
                throw new JMSException("durable subscription '" + name + "' already has an active consumer");
            }
            if (!existing.sameIdentity(topic, selectorText, noLocal)) {
                if (existing.consumers > 0) {
                    throw new JMSException("shared durable subscription '" + name
                            + "' has active consumers on another topic or selector");
                }
                creationCheck.check();
                engine.deleteGroup(existing.topic, groupName);
                durable.remove(groupName);
                existing = null;
            }
        }
        if (existing == null) {
            creationCheck.check();
        }
        Subscription subscription = existing != null ? existing
                : new Subscription(topic, groupName, selectorText, noLocal, shared, true);
        if (subscription.group == null) {
            int excluded = noLocal ? PublisherTags.ofClientId(clientId) : MessageFilters.NO_TAG;
            subscription.group = openFromNow(engine, topic, groupName, new GroupOptions(ConsumeMode.CONCURRENT,
                    StartPosition.LATEST, true, MessageFilters.of(selector, excluded), Destinations.GROUP_MAX_IN_FLIGHT,
                    attributes(clientId, subscription)));
            durable.put(groupName, subscription);
        }
        subscription.consumers++;
        return subscription;
    }

    /** Finds or creates a shared non-durable subscription and counts one more consumer on it. */
    synchronized Subscription attachShared(String clientId, String name, String topic, String selectorText,
                                           Selector selector, CreationCheck creationCheck) throws JMSException {
        String key = EngineNames.sharedGroup(clientId, name);
        Subscription subscription = sharedNonDurable.get(key);
        if (subscription != null && !subscription.sameIdentity(topic, selectorText, false)) {
            throw new JMSException("shared subscription '" + name + "' already exists with another topic or selector");
        }
        if (subscription == null) {
            creationCheck.check();
            // a fresh group each time: the engine may not have dropped the previous one yet
            String groupName = key + "." + incarnations.incrementAndGet();
            subscription = new Subscription(topic, groupName, selectorText, false, true, false);
            subscription.group = openFromNow(engine, topic, groupName, new GroupOptions(ConsumeMode.CONCURRENT,
                    StartPosition.LATEST, false, MessageFilters.of(selector, MessageFilters.NO_TAG),
                    Destinations.GROUP_MAX_IN_FLIGHT, Map.of()));
            sharedNonDurable.put(key, subscription);
        }
        subscription.consumers++;
        return subscription;
    }

    /**
     * Opens a topic subscription's group so that it starts with the messages stored from now on.
     * Starting at the queues' current end instead would let in a message whose publish completed
     * before the subscription existed but which the engine had not indexed yet. An existing
     * durable group keeps its offsets.
     */
    static ConsumerGroup openFromNow(Engine engine, String topic, String groupName, GroupOptions options) {
        return engine.openGroup(topic, groupName, options, Instant.now());
    }

    synchronized void detach(Subscription subscription) {
        subscription.consumers--;
        if (!subscription.durable && subscription.consumers == 0) {
            // the engine drops a non-durable group with its last consumer
            sharedNonDurable.values().remove(subscription);
        }
    }

    synchronized void unsubscribe(String clientId, String name, RemovalCheck removalCheck) throws JMSException {
        String groupName = EngineNames.durableGroup(clientId, name);
        Subscription subscription = findDurable(groupName).orElseThrow(() -> new InvalidDestinationException(
                "no durable subscription named '" + name + "' for client ID '" + clientId + "'"));
        if (subscription.consumers > 0) {
            throw new IllegalStateException("durable subscription '" + name + "' has an active consumer");
        }
        removalCheck.check(subscription.topic);
        engine.deleteGroup(subscription.topic, groupName);
        durable.remove(groupName);
    }

    /** The security check before a subscription of the given engine topic is removed. */
    @FunctionalInterface
    interface RemovalCheck {
        void check(String topic) throws JMSException;
    }

    /** A subscription made in an earlier run of the broker is rebuilt from its group's attributes. */
    private Optional<Subscription> findDurable(String groupName) {
        Subscription known = durable.get(groupName);
        if (known != null) {
            return Optional.of(known);
        }
        for (String topic : engine.topicNames()) {
            Optional<ConsumerGroup> group = engine.group(topic, groupName);
            if (group.isPresent()) {
                Map<String, String> attributes = group.get().options().attributes();
                Subscription recovered = new Subscription(topic, groupName, attributes.get(ATTR_SELECTOR),
                        Boolean.parseBoolean(attributes.get(ATTR_NO_LOCAL)),
                        Boolean.parseBoolean(attributes.get(ATTR_SHARED)), true);
                durable.put(groupName, recovered);
                return Optional.of(recovered);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> attributes(String clientId, Subscription subscription) {
        Map<String, String> attributes = new HashMap<>();
        if (subscription.selector != null) {
            attributes.put(ATTR_SELECTOR, subscription.selector);
        }
        attributes.put(ATTR_NO_LOCAL, Boolean.toString(subscription.noLocal));
        attributes.put(ATTR_SHARED, Boolean.toString(subscription.shared));
        if (clientId != null) {
            attributes.put(ATTR_CLIENT_ID, clientId);
        }
        return attributes;
    }
}
