package io.sluice.client.transactional;

import jakarta.jms.Message;

/**
 * Answers the broker's check of a transaction left undecided: typically from the local transaction's own records
 * (did the order row commit?). Called on the producer's check thread, once per half message of the transaction
 * (its first one); an exception counts as UNKNOWN.
 */
@FunctionalInterface
public interface TransactionChecker {
    LocalTransactionState check(Message message) throws Exception;
}
