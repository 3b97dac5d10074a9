package io.partnerportal.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the store lives and how the adapter talks to it: the JDBC URL ({@code jdbc:h2:file:...}
 * for the embedded default, {@code jdbc:postgresql://...} for shared deployments), credentials,
 * the pool size, how long a request waits for a connection before the store counts as
 * unavailable, and where the pool reports its metrics: a Micrometer {@code MeterRegistry} (or a
 * Dropwizard {@code MetricRegistry}), handed to HikariCP as it is, or null for none. It is typed
 * {@code Object} so that this adapter needs no metrics library of its own.
 */
public record PersistenceSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                                  Duration connectionTimeout, Object metricRegistry) {
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

    public PersistenceSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                               Duration connectionTimeout) {
        this(jdbcUrl, user, password, maximumPoolSize, connectionTimeout, null);
    }

    /** The same settings, the pool reporting to {@code registry} (a Micrometer {@code MeterRegistry}). */
    public PersistenceSettings withMetricRegistry(Object registry) {
        return new PersistenceSettings(jdbcUrl, user, password, maximumPoolSize, connectionTimeout, registry);
    }

    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null
                ? "none" : "****") + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout="
                + connectionTimeout + "]";
    }
}
