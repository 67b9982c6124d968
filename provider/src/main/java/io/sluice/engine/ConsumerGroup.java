package io.sluice.engine;

import java.util.List;

/** A consumer group of one topic: its own offset per queue; its consumers compete for messages. */
public interface ConsumerGroup {
    String topic();

    String name();

    GroupOptions options();

    /**
     * Attaches a consumer. Nothing is delivered before it grants credit.
     *
     * @param consumerFilter nullable (JMS queue selector): a message it does not match stays for
     *                       other consumers of the group
     * @throws IllegalStateException when the group was deleted or the engine closed
     */
    ConsumerHandle attach(DeliverySink sink, MessageFilter consumerFilter);

    /**
     * Up to {@code max} messages the group could deliver now, in delivery order (per queue: priority,
     * then offset; queues one after the other), without consuming them. In-flight, delayed and expired
     * messages are not listed.
     *
     * @param filter nullable
     */
    List<Delivery> browse(MessageFilter filter, int max);

    /** Messages of the topic this group has not consumed yet, in-flight ones included. */
    long backlog();
}
