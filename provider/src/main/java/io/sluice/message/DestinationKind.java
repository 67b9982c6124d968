package io.sluice.message;

/** What a {@link SluiceDestination} names; part of its identity and of its encoded form. */
public enum DestinationKind {
    QUEUE(false, false, "queue://"),
    TOPIC(true, false, "topic://"),
    TEMPORARY_QUEUE(false, true, "temp-queue://"),
    TEMPORARY_TOPIC(true, true, "temp-topic://");

    private final boolean topic;
    private final boolean temporary;
    private final String scheme;

    DestinationKind(boolean topic, boolean temporary, String scheme) {
        this.topic = topic;
        this.temporary = temporary;
        this.scheme = scheme;
    }

    public boolean isTopic() {
        return topic;
    }

    public boolean isTemporary() {
        return temporary;
    }

    String scheme() {
        return scheme;
    }
}
