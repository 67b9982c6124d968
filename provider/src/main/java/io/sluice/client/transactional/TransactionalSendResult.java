package io.sluice.client.transactional;

import io.sluice.checkback.Outcome;

/**
 * What {@link TransactionalProducer#send} did: the transaction's broker-wide id, what the local transaction said,
 * and what the broker acknowledged ({@code UNDECIDED} after UNKNOWN: the check-back decides later; otherwise the
 * outcome, which is the check-back's if a check decided first).
 */
public record TransactionalSendResult(String transactionId, LocalTransactionState localState, Outcome outcome) {
}
