package io.partnerportal.adapters.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter's tests run on: an in-memory H2, and a fresh PostgreSQL database on
 * 127.0.0.1:5432 created for this test run and dropped when it ends. Without PostgreSQL its tests
 * are skipped with a message - unless {@code CI=true}, where they fail.
 */
final class TestDatabases {
    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static PersistentStore h2;
    private static PersistentStore postgres;
    private static String postgresUrl;

    private TestDatabases() {
    }

    static synchronized PersistentStore h2() {
        if (h2 == null) {
            h2 = PersistentStore.open(h2Settings("jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        }
        return h2;
    }

    static PersistenceSettings h2Settings(String url) {
        return new PersistenceSettings(url, "sa", "", 8, Duration.ofSeconds(3));
    }

    static synchronized PersistentStore postgres() {
        if (postgres == null) {
            postgresUrl = createPostgresDatabase();
            postgres = PersistentStore.open(postgresSettings(postgresUrl));
        }
        return postgres;
    }

    /** Settings for the run's PostgreSQL database (another store on the same database, say). */
    static synchronized PersistenceSettings postgresSettings() {
        postgres();
        return postgresSettings(postgresUrl);
    }

    static PersistenceSettings postgresSettings(String url) {
        return new PersistenceSettings(url, "postgres", "", 8, Duration.ofSeconds(3));
    }

    /** A new empty database on the local PostgreSQL, dropped when the test JVM exits. */
    static String createPostgresDatabase() {
        String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PostgreSQL is required under CI=true but is not reachable at 127.0.0.1:5432: " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432 (" + e.getMessage()
                    + "); its tests are skipped. Start it, or set CI=true to make this a failure.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropPostgresDatabase(name)));
        return POSTGRES_SERVER + name;
    }

    private static void dropPostgresDatabase(String name) {
        synchronized (TestDatabases.class) {
            if (postgres != null) {
                postgres.close();
            }
        }
        try (Connection c = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the server went away first; nothing is left to clean
        }
    }

    /** Empties every table but the catalogue. */
    static PersistentStore emptied(PersistentStore store) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[]{"subscription_host", "subscription_contact", "subscription",
                    "subscription_history", "billing_account", "partner", "person", "site", "organization",
                    "user_session", "sign_in_token", "api_key", "idempotency_record", "notification_outbox"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }
}
