package io.sluice.ra;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Whether the calling thread runs inside a JTA transaction, asked of the container's registry
 * (Connectors 2.1 BootstrapContext). Outside a container there is no registry and no transaction.
 */
final class TransactionState {

    private final TransactionSynchronizationRegistry registry;

    TransactionState(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    static TransactionState none() {
        return new TransactionState(null);
    }

    boolean inTransaction() {
        if (registry == null) {
            return false;
        }
        int status = registry.getTransactionStatus();
        return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_UNKNOWN;
    }

    TransactionSynchronizationRegistry registry() {
        return registry;
    }
}
