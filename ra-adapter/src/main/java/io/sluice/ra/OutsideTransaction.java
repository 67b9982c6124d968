package io.sluice.ra;

import jakarta.jms.JMSContext;
import jakarta.jms.Session;

/**
 * JMS 12.3: outside a JTA transaction a container session is non-transacted; AUTO_ACKNOWLEDGE
 * and DUPS_OK_ACKNOWLEDGE are honoured, a request for a local transaction or for client
 * acknowledgement is ignored in favour of AUTO_ACKNOWLEDGE (the spec's recommendation, and the
 * only choice it allows for JMSContext), so that code behaves the same with or without a transaction.
 */
final class OutsideTransaction {

    private OutsideTransaction() {
    }

    static int sessionMode(boolean transacted, int acknowledgeMode) {
        return transacted ? Session.AUTO_ACKNOWLEDGE : sessionMode(acknowledgeMode);
    }

    static int sessionMode(int sessionMode) {
        return sessionMode == JMSContext.DUPS_OK_ACKNOWLEDGE ? JMSContext.DUPS_OK_ACKNOWLEDGE : JMSContext.AUTO_ACKNOWLEDGE;
    }
}
