package io.partnerportal.adapters.persistence;

import io.partnerportal.core.testing.LocalPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * The databases the adapter's tests run on: an in-memory H2, and a fresh PostgreSQL database on
 * 127.0.0.1:5432 created for this test run and dropped when it ends. Without PostgreSQL its tests
 * are skipped with a message - unless {@code CI=true}, where they fail.
 */
final class TestDatabases {
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
        return new PersistenceSettings(url, LocalPostgres.USER, "", 8, Duration.ofSeconds(3));
    }

    /** A new empty database on the local PostgreSQL, dropped when the test JVM exits. */
    private static String createPostgresDatabase() {
        LocalPostgres db = new LocalPostgres("portal_test_");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (TestDatabases.class) {
                if (postgres != null) {
                    postgres.close();
                }
            }
            db.close();
        }));
        return db.url();
    }

    /** Empties every table but the catalogue. */
    static PersistentStore emptied(PersistentStore store) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[]{"subscription_host", "subscription_contact", "subscription",
                    "subscription_history", "billing_account", "partner", "person", "site", "organization",
                    "user_session", "sign_in_token", "api_key", "idempotency_record", "notification_outbox",
                    "partner_event", "partner_request", "webhook_endpoint", "webhook_delivery", "signing_key", "reminder_sent",
                    "subscription_viewer_count"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }
}
