package io.sluice.broker;

import io.sluice.message.SluiceDestination;

/**
 * What a JMS consumer asks for. {@code subscriptionName} is null for a queue consumer or an
 * unshared non-durable topic subscriber; {@code durable} and {@code shared} then are false.
 */
public record ConsumerRequest(SluiceDestination destination, String selector, boolean noLocal,
                              String subscriptionName, boolean durable, boolean shared) {

    public static ConsumerRequest plain(SluiceDestination destination, String selector, boolean noLocal) {
        return new ConsumerRequest(destination, selector, noLocal, null, false, false);
    }
}
