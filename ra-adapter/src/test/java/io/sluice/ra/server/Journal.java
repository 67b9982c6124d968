package io.sluice.ra.server;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The database the message-driven beans write to (WildFly's H2 ExampleDS, an embedded Derby in
 * GlassFish; the war's web.xml maps jdbc/Journal): one row per message a bean processed, with the
 * listener's name and the delivery count it saw.
 */
@Stateless
public class Journal {

    @Resource(name = "jdbc/Journal")
    private DataSource dataSource;

    /** Joins the caller's transaction: a bean that rolls back takes its row with it. */
    public void record(String listener, String text, int deliveryCount) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO SLUICE_JOURNAL (LISTENER, TEXT, DELIVERY_COUNT) VALUES (?, ?, ?)")) {
            insert.setString(1, listener);
            insert.setString(2, text);
            insert.setInt(3, deliveryCount);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("journal insert failed", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Integer> deliveryCounts(String listener, String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT DELIVERY_COUNT FROM SLUICE_JOURNAL WHERE LISTENER = ? AND TEXT = ? ORDER BY DELIVERY_COUNT")) {
            query.setString(1, listener);
            query.setString(2, text);
            List<Integer> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(rows.getInt(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("journal query failed", e);
        }
    }
}
