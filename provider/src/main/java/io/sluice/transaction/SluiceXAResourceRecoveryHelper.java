package io.sluice.transaction;

import com.arjuna.ats.jta.recovery.XAResourceRecoveryHelper;
import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XAConnectionFactory;

import javax.transaction.xa.XAResource;

/**
 * Lets Narayana's recovery manager find the prepared branches of a Sluice broker after a crash of the transaction
 * manager or of the broker. Register one per broker with the XARecoveryModule
 * ({@code xaRecoveryModule.addXAResourceRecoveryHelper(new SluiceXAResourceRecoveryHelper(factory))}); each
 * recovery pass gets a resource on a fresh connection (the previous one is closed), so a broker that restarted
 * between passes is reached again. A broker that cannot be reached yields no resource: the pass is retried later.
 */
public final class SluiceXAResourceRecoveryHelper implements XAResourceRecoveryHelper {
    private static final System.Logger LOG = System.getLogger(SluiceXAResourceRecoveryHelper.class.getName());

    private final XAConnectionFactory factory;
    private final String user;
    private final String password;
    private XAConnection connection;

    public SluiceXAResourceRecoveryHelper(XAConnectionFactory factory) {
        this(factory, null, null);
    }

    public SluiceXAResourceRecoveryHelper(XAConnectionFactory factory, String user, String password) {
        this.factory = factory;
        this.user = user;
        this.password = password;
    }

    /** Configuration comes through the constructor; the string form Narayana may pass is not used. */
    @Override
    public boolean initialise(String parameters) {
        return true;
    }

    @Override
    public synchronized XAResource[] getXAResources() {
        close();
        try {
            connection = user == null ? factory.createXAConnection() : factory.createXAConnection(user, password);
            return new XAResource[] {connection.createXASession().getXAResource()};
        } catch (JMSException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot reach the Sluice broker for XA recovery; the next recovery"
                    + " pass tries again: " + e);
            close();
            return new XAResource[0];
        }
    }

    /** Closes the connection of the last pass (also when the recovery manager stops). */
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the XA recovery connection failed: " + e);
            }
            connection = null;
        }
    }
}
