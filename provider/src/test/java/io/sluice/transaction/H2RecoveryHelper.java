package io.sluice.transaction;

import com.arjuna.ats.jta.recovery.XAResourceRecoveryHelper;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.XAConnection;
import javax.transaction.xa.XAResource;
import java.sql.SQLException;

/** The H2 database's side of recovery, as an application registers it beside Sluice's. */
final class H2RecoveryHelper implements XAResourceRecoveryHelper {
    private final JdbcDataSource dataSource;
    private XAConnection connection;

    H2RecoveryHelper(JdbcDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean initialise(String parameters) {
        return true;
    }

    @Override
    public synchronized XAResource[] getXAResources() {
        try {
            if (connection == null) {
                connection = dataSource.getXAConnection();
            }
            return new XAResource[] {connection.getXAResource()};
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open H2 for recovery", e);
        }
    }

    synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
