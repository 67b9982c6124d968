package io.sluice.message;

import jakarta.jms.Queue;

/** A JMS queue of Sluice, identified by its name. */
public class SluiceQueue extends SluiceDestination implements Queue {
    private static final long serialVersionUID = 1L;

    public SluiceQueue(String name) {
        super(DestinationKind.QUEUE, name);
    }

    SluiceQueue(DestinationKind kind, String name) {
        super(kind, name);
    }

    @Override
    public String getQueueName() {
        return name();
    }
}
