package io.partnerportal.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432) for one test, dropped when it ends.
 * Without PostgreSQL the test is skipped with a message; under {@code CI=true} it fails.
 */
final class TestPostgres implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    final String url;
    private final String name;

    TestPostgres() {
        name = "portal_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PostgreSQL is required under CI=true but is not reachable at 127.0.0.1:5432: " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432 (" + e.getMessage()
                    + "); skipped. Start it, or set CI=true to make this a failure.");
        }
        url = SERVER + name;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the server is gone; nothing is left behind to clean
        }
    }
}
