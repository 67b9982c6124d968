package io.sluice.cdi;

import jakarta.jms.JMSContext;

/** The transaction-scoped injected contexts: one per key and transaction, closed when it completes. */
interface TransactionContexts {

    /** Without a transaction manager no transaction is ever active. */
    TransactionContexts NONE = (key, opener) -> null;

    /**
     * @return the context of the calling thread's transaction for this key, opened on first need;
     *         null when no transaction is active
     */
    JMSContext contextFor(ContextKey key, ContextOpener opener);
}
