package io.sluice.client.transactional;

import jakarta.jms.Message;

/**
 * The application's local transaction, run by {@link TransactionalProducer#send} once the half message is stored.
 * An exception counts as UNKNOWN: the broker checks the transaction back later.
 */
@FunctionalInterface
public interface LocalTransaction {
    LocalTransactionState execute(Message message) throws Exception;
}
