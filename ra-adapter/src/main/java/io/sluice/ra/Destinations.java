package io.sluice.ra;

import io.sluice.message.SluiceDestination;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

/** Administered objects of the adapter (and any Queue or Topic) as the Sluice destinations the client needs. */
final class Destinations {

    private Destinations() {
    }

    static Destination toSluice(Destination destination) throws JMSException {
        return SluiceDestination.of(destination);
    }

    static Queue toSluice(Queue queue) throws JMSException {
        return (Queue) SluiceDestination.of(queue);
    }

    static Topic toSluice(Topic topic) throws JMSException {
        return (Topic) SluiceDestination.of(topic);
    }
}
