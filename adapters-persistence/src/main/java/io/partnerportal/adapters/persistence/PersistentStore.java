package io.partnerportal.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerportal.core.port.out.Storage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store behind the core's driven ports: a connection pool, the schema migrated by Flyway,
 * and an EclipseLink persistence unit with no shared cache (several instances may share one
 * PostgreSQL) and JDBC batch writing. {@link #open} connects; {@link #close} lets go of
 * everything. The application's lifecycle object owns it.
 */
public final class PersistentStore implements AutoCloseable {
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final EntityManagerFactory factory;
    private final Storage storage;

    private PersistentStore(HikariDataSource pool, DataSource dataSource, EntityManagerFactory factory,
                            Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.factory = factory;
        Jpa jpa = new Jpa(factory);
        Sql sql = new Sql(dataSource);
        this.storage = new Storage(
                new JpaUnitOfWork(jpa),
                new JpaSubscriptionRepository(jpa),
                new SqlContactListQuery(sql),
                new JpaHistoryRepository(jpa),
                new JpaBillingAccountRepository(jpa),
                new JpaPartnerRepository(jpa),
                new JpaPersonRepository(jpa),
                new JpaSiteRepository(jpa),
                new JpaOrganizationRepository(jpa),
                new JpaCatalogue(jpa),
                new JpaSessionRepository(jpa),
                new JpaSignInTokenRepository(jpa),
                new JpaApiKeyRepository(jpa),
                new JpaIdempotencyStore(jpa),
                new JpaNotificationOutbox(jpa, sql, dialect));
    }

    /** Connects, migrates the schema, and opens the persistence unit. */
    public static PersistentStore open(PersistenceSettings settings) {
        return open(settings, UnaryOperator.identity());
    }

    /** As {@link #open(PersistenceSettings)}, the requests' data source wrapped (tests count statements). */
    static PersistentStore open(PersistenceSettings settings, UnaryOperator<DataSource> wrap) {
        Dialect dialect = Dialect.of(settings.jdbcUrl());
        HikariDataSource pool = pool(settings, dialect);
        EntityManagerFactory unit = null;
        try {
            migrate(pool, dialect);
            DataSource dataSource = wrap.apply(pool);
            unit = unit(dataSource, dialect);
            return new PersistentStore(pool, dataSource, unit, dialect);
        } catch (RuntimeException e) {
            if (unit != null) {
                unit.close();
            }
            pool.close();
            throw Failures.translate(e);
        }
    }

    private static HikariDataSource pool(PersistenceSettings settings, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("portal");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis()));
        if (settings.metricRegistry() != null) {
            // connections in use, idle and pending, acquisition and usage times (hikaricp_* meters)
            config.setMetricRegistry(settings.metricRegistry());
        }
        if (dialect == Dialect.POSTGRES) {
            // a request waits at most a few seconds for a database that stopped answering (SPEC §4)
            config.addDataSourceProperty("connectTimeout", "3");
            config.addDataSourceProperty("socketTimeout", "5");
            config.addDataSourceProperty("ApplicationName", "partner-portal");
        }
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static EntityManagerFactory unit(DataSource dataSource, Dialect dialect) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-database", dialect.eclipseLinkPlatform);
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "200");
        properties.put("eclipselink.order-updates", "true");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.session.customizer", NoQueryRetry.class.getName());
        properties.put("eclipselink.ddl-generation", "none");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("portal", properties);
        // deploy now: a mapping error stops start-up instead of the first request
        factory.createEntityManager().close();
        return factory;
    }

    public Storage storage() {
        return storage;
    }

    /** Whether the database answers now, within the pool's timeout. */
    public boolean isReachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A consistent copy of the embedded database into {@code target}, a new zip file, while the
     * store serves requests (see {@link EmbeddedDatabase}); returns its size.
     */
    public long backupTo(Path target) {
        if (dialect != Dialect.H2) {
            throw new IllegalStateException("only the embedded database is backed up by the portal; use pg_dump");
        }
        try (Connection c = pool.getConnection()) {
            return EmbeddedDatabase.backup(c, target);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            pool.close();
        }
    }
}
