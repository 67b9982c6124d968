package io.sluice.broker;

import io.sluice.engine.ConsumerGroup;

import java.util.Objects;

/**
 * A named topic subscription (durable, shared, or both) and its active consumers. Its identity
 * beyond the name is the topic, the selector and noLocal: a consumer asking for other values
 * either replaces the subscription or is refused, as the spec rules for each kind.
 */
final class Subscription {

    final String topic;
    final String groupName;
    final String selector;
    final boolean noLocal;
    final boolean shared;
    final boolean durable;
    ConsumerGroup group;
    int consumers;

    Subscription(String topic, String groupName, String selector, boolean noLocal, boolean shared, boolean durable) {
        this.topic = topic;
        this.groupName = groupName;
        this.selector = selector == null || selector.isBlank() ? null : selector;
        this.noLocal = noLocal;
        this.shared = shared;
        this.durable = durable;
    }

    boolean sameIdentity(String otherTopic, String otherSelector, boolean otherNoLocal) {
        String normalized = otherSelector == null || otherSelector.isBlank() ? null : otherSelector;
        return topic.equals(otherTopic) && Objects.equals(selector, normalized) && noLocal == otherNoLocal;
    }
}
