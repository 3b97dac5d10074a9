package io.partnerportal.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432, user {@code postgres}), dropped on
 * {@link #close()}. Without PostgreSQL the test is skipped with a message; under {@code CI=true}
 * it fails ({@link Required}). The PostgreSQL driver comes from the module using it.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String USER = "postgres";

    private final String name;
    private final String url;

    /** Creates a database named {@code prefix} and a random suffix. */
    public LocalPostgres(String prefix) {
        name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String unreachable = null;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unreachable = e.getMessage();
        }
        Required.require(unreachable == null, "PostgreSQL is not reachable at 127.0.0.1:5432 (" + unreachable
                + "); start it");
        url = SERVER + name;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the server is gone; nothing is left behind to clean
        }
    }
}
