package io.sluice.message;

import jakarta.jms.Topic;

/** A JMS topic of Sluice, identified by its name. */
public class SluiceTopic extends SluiceDestination implements Topic {
    private static final long serialVersionUID = 1L;

    public SluiceTopic(String name) {
        super(DestinationKind.TOPIC, name);
    }

    SluiceTopic(DestinationKind kind, String name) {
        super(kind, name);
    }

    @Override
    public String getTopicName() {
        return name();
    }
}
