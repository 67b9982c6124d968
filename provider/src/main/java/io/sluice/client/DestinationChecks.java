package io.sluice.client;

import io.sluice.message.SluiceDestination;
import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Topic;

/** The spec's InvalidDestinationException cases: null, another provider's destination, bad names. */
final class DestinationChecks {

    private DestinationChecks() {
    }

    static SluiceDestination require(Destination destination) throws InvalidDestinationException {
        if (destination == null) {
            throw new InvalidDestinationException("the destination is null");
        }
        if (!(destination instanceof SluiceDestination sluice)) {
            throw new InvalidDestinationException("destination " + destination + " (" + destination.getClass().getName()
                    + ") does not belong to Sluice; create it with Session.createQueue/createTopic");
        }
        return sluice;
    }

    static SluiceDestination requireTopic(Topic topic) throws InvalidDestinationException {
        return require(topic);
    }

    static String requireName(String name) throws InvalidDestinationException {
        if (name == null || name.isEmpty()) {
            throw new InvalidDestinationException("a destination name must not be null or empty");
        }
        return name;
    }

    static String requireSubscriptionName(String name) throws JMSException {
        if (name == null || name.isEmpty()) {
            throw new InvalidDestinationException("a subscription name must not be null or empty");
        }
        return name;
    }
}
