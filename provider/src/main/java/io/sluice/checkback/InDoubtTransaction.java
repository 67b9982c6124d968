package io.sluice.checkback;

/** A check-back transaction still undecided after the maximum number of checks: an administrator decides it. */
public record InDoubtTransaction(String transactionId, String producerGroup, int checks) {
}
