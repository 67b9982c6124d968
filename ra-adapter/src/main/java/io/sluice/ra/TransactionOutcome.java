package io.sluice.ra;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * Learns how the container's transaction around one delivery ended, so that a delivery that rolled
 * back waits the activation's redelivery delay before the session receives again.
 */
final class TransactionOutcome implements Synchronization {

    private volatile int status = Status.STATUS_UNKNOWN;

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        this.status = status;
    }

    boolean completed() {
        return status != Status.STATUS_UNKNOWN;
    }

    boolean committed() {
        return status == Status.STATUS_COMMITTED;
    }
}
