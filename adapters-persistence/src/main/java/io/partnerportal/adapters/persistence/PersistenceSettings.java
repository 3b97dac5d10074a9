package io.partnerportal.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the store lives and how the adapter talks to it: the JDBC URL ({@code jdbc:h2:file:...}
 * for the embedded default, {@code jdbc:postgresql://...} for shared deployments), credentials,
 * the pool size, and how long a request waits for a connection before the store counts as
 * unavailable.
 */
public record PersistenceSettings(String jdbcUrl, String user, String password, int maximumPoolSize,
                                  Duration connectionTimeout) {
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

    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null
                ? "none" : "****") + ", maximumPoolSize=" + maximumPoolSize + ", connectionTimeout="
                + connectionTimeout + "]";
    }
}
