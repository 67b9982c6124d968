package io.sluice.ra;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * Learns how the container's transaction around one delivery ended, so that a delivery session
 * without XA commits its consumption exactly when the bean's transaction committed.
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
