package io.partnerportal.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the store lives and how the adapter talks to it: the JDBC URL ({@code jdbc:h2:file:...}
 * for the embedded default, {@code jdbc:postgresql://...} for shared deployments), credentials,
 * the pool size, how long a request waits for a connection before the store counts as
 * unavailable, where the pool reports its metrics: a Micrometer {@code MeterRegistry} (or a
 * Dropwizard {@code MetricRegistry}), handed to HikariCP as it is, or null for none — typed
 * {@code Object} so that this adapter needs no metrics library of its own — and whether opening the
 * store migrates the schema ({@code migrateOnOpen}), or leaves that to {@link PersistentStore#migrate}.
 */
public record PersistenceSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                                  Duration connectionTimeout, Object metricRegistry, boolean migrateOnOpen) {
    public PersistenceSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the store is H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...)");
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1");
        }
    }

    /** Settings whose store migrates the schema when it opens, reporting no metrics. */
    public PersistenceSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                               Duration connectionTimeout) {
        this(jdbcUrl, user, password, maximumPoolSize, connectionTimeout, null, true);
    }

    /** The same settings, the pool reporting to {@code registry} (a Micrometer {@code MeterRegistry}). */
    public PersistenceSettings withMetricRegistry(Object registry) {
        return new PersistenceSettings(jdbcUrl, user, password, maximumPoolSize, connectionTimeout, registry,
                migrateOnOpen);
    }

    /**
     * The same settings, opening a store that does not migrate: it serves whatever schema it finds
     * and is not ready ({@link PersistentStore#isReady()}) until the schema holds its newest migration.
     */
    public PersistenceSettings withoutMigrating() {
        return new PersistenceSettings(jdbcUrl, user, password, maximumPoolSize, connectionTimeout, metricRegistry,
                false);
    }

    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null
                ? "none" : "****") + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout="
                + connectionTimeout + ", migrateOnOpen=" + migrateOnOpen + "]";
    }
}
