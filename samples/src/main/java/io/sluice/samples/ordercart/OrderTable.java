package io.sluice.samples.ordercart;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;

/** The order service's own database (H2, on disk): the truth the check-back answers from. */
final class OrderTable {
    private final String url;

    OrderTable(Path directory) throws SQLException {
        this.url = "jdbc:h2:file:" + directory.resolve("orders").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url); Statement create = db.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS orders (id VARCHAR(64) PRIMARY KEY, item VARCHAR(200),"
                    + " quantity INT)");
        }
    }

    /** Inserts the order in a local transaction, committed unless {@code failBeforeCommit}. */
    void insert(Order order, boolean failBeforeCommit) throws SQLException {
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO orders VALUES (?, ?, ?)")) {
                insert.setString(1, order.id());
                insert.setString(2, order.item());
                insert.setInt(3, order.quantity());
                insert.executeUpdate();
            }
            if (failBeforeCommit) {
                db.rollback();
                throw new SQLException("the database refused to commit order " + order.id());
            }
            db.commit();
        }
    }

    boolean contains(String orderId) throws SQLException {
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement select = db.prepareStatement("SELECT 1 FROM orders WHERE id = ?")) {
            select.setString(1, orderId);
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        }
    }
}
