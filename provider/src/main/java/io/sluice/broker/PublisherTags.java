package io.sluice.broker;

import java.util.concurrent.ThreadLocalRandom;

/**
 * noLocal needs to know who published a message. Each message carries its publisher's tag in the
 * engine's filter hash, so a noLocal subscription skips messages without decoding them. A
 * connection with a client ID is tagged by that ID (a durable subscription's noLocal covers every
 * connection that used the same client ID, across restarts); one without by a random number.
 * Tags are 32-bit hashes: two client IDs with equal hashes would hide each other's messages
 * from noLocal subscriptions, a risk accepted for not decoding every message.
 */
final class PublisherTags {

    private PublisherTags() {
    }

    static int ofClientId(String clientId) {
        return nonZero(("client:" + clientId).hashCode());
    }

    static int anonymous() {
        return nonZero(ThreadLocalRandom.current().nextInt());
    }

    private static int nonZero(int tag) {
        return tag == MessageFilters.NO_TAG ? 1 : tag;
    }
}
