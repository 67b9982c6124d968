package io.sluice.ra.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the journal table before any message-driven bean can write to it. */
@Singleton
@Startup
public class JournalTable {

    @Resource(name = "jdbc/Journal")
    private DataSource dataSource;

    @PostConstruct
    void create() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Derby has no CREATE TABLE IF NOT EXISTS, and the table may be left from an earlier deployment
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "SLUICE_JOURNAL", null)) {
                if (tables.next()) {
                    return;
                }
            }
            statement.execute("CREATE TABLE SLUICE_JOURNAL (LISTENER VARCHAR(40), TEXT VARCHAR(200), DELIVERY_COUNT INT)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the journal table", e);
        }
    }
}
