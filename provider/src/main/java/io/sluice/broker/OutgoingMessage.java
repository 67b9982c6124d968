package io.sluice.broker;

import io.sluice.message.SluiceDestination;

/**
 * An encoded JMS message on its way into the broker, with the headers the engine acts on.
 * {@code groupId} is JMSXGroupID (null when none): messages of one group keep their order and
 * stay with one consumer. {@code deliverAt} and {@code expireAt} are epoch milliseconds, 0 for
 * "now" and "never".
 */
public record OutgoingMessage(SluiceDestination destination, byte[] payload, boolean persistent, int priority,
                              long deliverAt, long expireAt, String groupId) {
}
