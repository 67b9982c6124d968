package io.sluice.client.transactional;

import io.sluice.checkback.CheckBacks;
import io.sluice.checkback.Decision;
import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;
import io.sluice.client.HalfMessageSender;
import io.sluice.client.transport.CheckBackBroker;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import java.util.List;

/**
 * The administrator's view of check-back transactions left in doubt (undecided after the broker's maximum of
 * checks), over a Sluice connection: list them, commit or roll them back.
 */
public final class TransactionAdmin {
    private final CheckBackBroker broker;

    public TransactionAdmin(Connection connection) throws JMSException {
        this.broker = HalfMessageSender.checkBacksOf(connection);
    }

    public List<InDoubtTransaction> inDoubt() throws JMSException {
        return broker.inDoubt();
    }

    /** What became of a transaction, deciding nothing: UNDECIDED while it is open (in doubt or not). */
    public Outcome outcome(String transactionId) throws JMSException {
        return broker.end(transactionId, Decision.UNKNOWN, CheckBacks.PRODUCER_EPOCH);
    }

    /** The outcome: COMMITTED, or that of an earlier decision. */
    public Outcome commit(String transactionId) throws JMSException {
        return broker.resolve(transactionId, true);
    }

    public Outcome rollback(String transactionId) throws JMSException {
        return broker.resolve(transactionId, false);
    }
}
