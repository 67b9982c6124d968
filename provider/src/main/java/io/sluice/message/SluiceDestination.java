package io.sluice.message;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import java.io.Serializable;

/**
 * A Sluice queue or topic. Two destinations are equal when they have the same kind and name, so a
 * destination decoded from a message equals the one the sender used. Destinations are administered
 * objects: they can be serialized and bound in JNDI by reference ({@link SluiceDestinationObjectFactory}).
 */
public abstract class SluiceDestination implements Destination, Serializable, Referenceable {
    private static final long serialVersionUID = 1L;

    static final String KIND_ADDRESS = "kind";
    static final String NAME_ADDRESS = "name";
    static final String CONNECTION_ADDRESS = "connectionId";

    private final DestinationKind kind;
    private final String name;

    SluiceDestination(DestinationKind kind, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase().replace('_', ' ')
                    + " needs a non-empty name");
        }
        this.kind = kind;
        this.name = name;
    }

    public final DestinationKind kind() {
        return kind;
    }

    public final String name() {
        return name;
    }

    public final boolean isTopic() {
        return kind.isTopic();
    }

    public final boolean isTemporary() {
        return kind.isTemporary();
    }

    /** The id of the connection that created a temporary destination; null for a queue or topic. */
    public String connectionId() {
        return null;
    }

    /** The destination of the given kind; a temporary one without deleter, as one received in a message. */
    public static SluiceDestination create(DestinationKind kind, String name, String connectionId) {
        return switch (kind) {
            case QUEUE -> new SluiceQueue(name);
            case TOPIC -> new SluiceTopic(name);
            case TEMPORARY_QUEUE -> new SluiceTemporaryQueue(name, connectionId);
            case TEMPORARY_TOPIC -> new SluiceTemporaryTopic(name, connectionId);
        };
    }

    @Override
    public Reference getReference() {
        Reference reference = new Reference(getClass().getName(), SluiceDestinationObjectFactory.class.getName(), null);
        reference.add(new StringRefAddr(KIND_ADDRESS, kind.name()));
        reference.add(new StringRefAddr(NAME_ADDRESS, name));
        if (connectionId() != null) {
            reference.add(new StringRefAddr(CONNECTION_ADDRESS, connectionId()));
        }
        return reference;
    }

    /**
     * The Sluice destination for any {@link Destination}: a Sluice destination is returned as is, another
     * provider's queue or topic becomes a Sluice queue or topic of the same name (its temporariness cannot be
     * carried over, it belongs to the other provider's connection).
     *
     * @throws JMSException when the destination is neither a queue nor a topic or its name cannot be read
     */
    public static SluiceDestination of(Destination destination) throws JMSException {
        if (destination == null || destination instanceof SluiceDestination) {
            return (SluiceDestination) destination;
        }
        if (destination instanceof Queue queue) {
            return new SluiceQueue(queue.getQueueName());
        }
        if (destination instanceof Topic topic) {
            return new SluiceTopic(topic.getTopicName());
        }
        throw new jakarta.jms.InvalidDestinationException("destination " + destination + " of class "
                + destination.getClass().getName() + " is neither a jakarta.jms.Queue nor a jakarta.jms.Topic");
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof SluiceDestination that && kind == that.kind && name.equals(that.name);
    }

    @Override
    public final int hashCode() {
        return 31 * kind.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return kind.scheme() + name;
    }
}
