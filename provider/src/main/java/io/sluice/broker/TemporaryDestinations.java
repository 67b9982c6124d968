package io.sluice.broker;

import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;

import java.util.HashMap;
import java.util.Map;

/**
 * Which connection owns each live temporary destination and how many consumers use it: only the
 * owner may consume, and a destination in use cannot be deleted.
 */
final class TemporaryDestinations {

    private static final class Entry {
        final long owner;
        int consumers;

        Entry(long owner) {
            this.owner = owner;
        }
    }

    private final Map<String, Entry> byTopic = new HashMap<>();

    synchronized void add(String topic, long ownerConnection) {
        byTopic.put(topic, new Entry(ownerConnection));
    }

    synchronized void checkExists(String topic, String jmsName) throws InvalidDestinationException {
        if (!byTopic.containsKey(topic)) {
            throw new InvalidDestinationException("temporary destination " + jmsName + " has been deleted");
        }
    }

    synchronized void addConsumer(String topic, String jmsName, long connection) throws InvalidDestinationException {
        Entry entry = byTopic.get(topic);
        if (entry == null) {
            throw new InvalidDestinationException("temporary destination " + jmsName + " has been deleted");
        }
        if (entry.owner != connection) {
            throw new InvalidDestinationException("temporary destination " + jmsName
                    + " can only be consumed by the connection that created it");
        }
        entry.consumers++;
    }

    synchronized void removeConsumer(String topic) {
        Entry entry = byTopic.get(topic);
        if (entry != null) {
            entry.consumers--;
        }
    }

    /** Forgets the destination; the caller deletes it from the engine. */
    synchronized void remove(String topic, String jmsName, long connection) throws JMSException {
        Entry entry = byTopic.get(topic);
        if (entry == null) {
            return;
        }
        if (entry.owner != connection) {
            throw new InvalidDestinationException("temporary destination " + jmsName
                    + " can only be deleted by the connection that created it");
        }
        if (entry.consumers > 0) {
            throw new JMSException("temporary destination " + jmsName + " still has " + entry.consumers
                    + " active consumer(s)");
        }
        byTopic.remove(topic);
    }
}
