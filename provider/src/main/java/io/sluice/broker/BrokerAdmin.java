package io.sluice.broker;

import io.sluice.engine.ConsumerGroup;
import io.sluice.engine.ConsumerHandle;
import io.sluice.engine.Delivery;
import io.sluice.engine.GroupInfo;
import io.sluice.security.Permission;
import io.sluice.security.Principal;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The administrative commands of a broker, each allowed on a destination only to a principal with the
 * {@link Permission#ADMIN} permission on it: listing destinations with their consumer groups, offsets and
 * lag, purging a queue, and moving a consumer group's offsets to the end.
 */
public final class BrokerAdmin {

    /** Nothing more delivered for this long: the purge has taken every message that was available. */
    private static final long PURGE_QUIET_MILLIS = 500;
    private static final int PURGE_CREDIT = 1_000;

    /** A JMS destination and the engine's consumer groups on it (for a queue: one, named jms.queue). */
    public record DestinationView(boolean topic, String name, List<GroupInfo> groups) {
    }

    private final Broker broker;

    public BrokerAdmin(Broker broker) {
        this.broker = broker;
    }

    /** The destinations {@code who} may administer, by kind then name. */
    public List<DestinationView> list(Principal who) {
        List<DestinationView> views = new ArrayList<>();
        List<GroupInfo> groups = new ArrayList<>(broker.engine().groups());
        for (String topic : broker.engine().topicNames()) {
            boolean isTopic = topic.startsWith(EngineNames.TOPIC_PREFIX);
            String name = EngineNames.jmsName(topic);
            if (allowed(who, name, isTopic)) {
                views.add(new DestinationView(isTopic, name, groups.stream().filter(g -> g.topic().equals(topic))
                        .sorted(Comparator.comparing(GroupInfo::group)).toList()));
            }
        }
        views.sort(Comparator.comparing(DestinationView::topic).thenComparing(DestinationView::name));
        return views;
    }

    /**
     * Consumes and acknowledges (durably) every message of the queue that is available now; messages in
     * flight to consumers or not yet due stay. Returns how many were removed.
     */
    public long purge(Principal who, String queue) throws JMSException {
        return resetToLatest(who, false, queue, EngineNames.QUEUE_GROUP);
    }

    /**
     * Moves a consumer group's offsets to the end of its queues by acknowledging (durably) every message
     * available to it now, as a purge does for a queue; a topic's groups are its subscriptions. Moving
     * back is not offered: the engine has no rewind of acknowledged messages.
     *
     * @return how many messages were skipped
     */
    public long resetToLatest(Principal who, boolean topic, String destination, String groupName)
            throws JMSException {
        broker.security().authorizer().check(who, Permission.ADMIN, destination, topic);
        String engineTopic = (topic ? EngineNames.TOPIC_PREFIX : EngineNames.QUEUE_PREFIX) + destination;
        String kind = topic ? "topic " : "queue ";
        if (broker.engine().topic(engineTopic).isEmpty()) {
            throw new InvalidDestinationException("there is no " + kind + destination);
        }
        ConsumerGroup group = topic || !groupName.equals(EngineNames.QUEUE_GROUP)
                ? broker.engine().group(engineTopic, groupName).orElseThrow(() -> new InvalidDestinationException(
                        kind + destination + " has no consumer group " + groupName))
                : broker.destinations().queueGroup(engineTopic);
        BlockingQueue<Delivery> delivered = new LinkedBlockingQueue<>();
        ConsumerHandle handle = group.attach(delivered::add, null);
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        try {
            handle.grantCredit(PURGE_CREDIT);
            for (Delivery delivery = poll(delivered); delivery != null; delivery = poll(delivered)) {
                acks.add(handle.ack(delivery.deliveryId()));
                handle.grantCredit(1);
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            throw JmsErrors.wrap("resetting group " + groupName + " of " + kind + destination + " failed after "
                    + acks.size() + " messages", e);
        } finally {
            handle.close();
        }
        return acks.size();
    }

    private static Delivery poll(BlockingQueue<Delivery> delivered) throws JMSException {
        try {
            return delivered.poll(PURGE_QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JmsErrors.wrap("interrupted while purging", e);
        }
    }

    private boolean allowed(Principal who, String name, boolean topic) {
        try {
            broker.security().authorizer().check(who, Permission.ADMIN, name, topic);
            return true;
        } catch (JMSSecurityException e) {
            return false;
        }
    }
}
