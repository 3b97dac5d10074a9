package io.partnerportal.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.Storage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The store behind the core's driven ports: a connection pool, the schema migrated by Flyway
 * (when it opens, or by {@link #migrate} alone: the settings say which), and an EclipseLink
 * persistence unit with no shared cache (several instances may share one PostgreSQL) and JDBC
 * batch writing. {@link #open} connects; {@link #close} lets go of everything. The application's
 * lifecycle object owns it. Opening deploys the persistence unit beside the schema's check or migration,
 * and a schema that already holds every shipped migration is not handed to Flyway at all
 * ({@link ShippedMigrations}): start-up (SPEC V7).
 */
public final class PersistentStore implements AutoCloseable {
    /** The rate limits' own pool: a few connections that give up within about 2 s. */
    static final int RATE_LIMIT_POOL_SIZE = 4;
    static final Duration RATE_LIMIT_TIMEOUT = Duration.ofSeconds(1);

    private final PersistenceSettings settings;
    private final Dialect dialect;
    /** Once the schema was seen holding {@link #schemaVersion}, it is never asked again (a schema only grows). */
    private volatile boolean schemaCurrent;
    /**
     * The pool and the newest migration this code ships (applied by {@link #open} or {@link #migrate},
     * checked by {@link #isReady()}), once the store has opened: on a thread of its own when it was
     * {@link #begin begun} (V7).
     */
    private final CompletableFuture<Opened> opening;
    /**
     * The persistence unit, deployed on a thread of its own from the moment the pool is open (V7); deployed
     * again on the next use when its login found the database unreachable ({@link #deployedUnit}).
     */
    private final AtomicReference<CompletableFuture<EntityManagerFactory>> unit;
    private final Storage storage;
    private final UnaryOperator<DataSource> wrap;
    private HikariDataSource rateLimitPool;
    private RateLimitCounter rateLimits;

    /** What opening gave: the pool, and the newest migration this code ships. */
    private record Opened(HikariDataSource pool, String schemaVersion) {
    }

    /** {@code usable}: the pool once the schema has been checked or migrated ({@link #opening}). */
    private PersistentStore(PersistenceSettings settings, CompletableFuture<Opened> opening, DataSource usable,
                            UnaryOperator<DataSource> wrap, CompletableFuture<EntityManagerFactory> unit,
                            Dialect dialect) {
        DataSource dataSource = wrap.apply(usable);
        this.settings = settings;
        this.wrap = wrap;
        this.dialect = dialect;
        this.opening = opening;
        this.schemaCurrent = settings.migrateOnOpen();
        this.unit = new AtomicReference<>(unit);
        Sql sql = new Sql(dataSource);
        Jpa jpa = new Jpa(this::deployedUnit, sql, dialect);
        this.storage = Storage.builder()
                .unitOfWork(new JpaUnitOfWork(jpa))
                .subscriptions(new JpaSubscriptionRepository(jpa))
                .contactList(new SqlContactListQuery(sql))
                .sheets(new SqlSubscriptionSheets(jpa))
                .history(new JpaHistoryRepository(jpa))
                .billingAccounts(new JpaBillingAccountRepository(jpa))
                .partners(new JpaPartnerRepository(jpa))
                .people(new JpaPersonRepository(jpa))
                .sites(new JpaSiteRepository(jpa))
                .organizations(new JpaOrganizationRepository(jpa))
                .catalogue(new JpaCatalogue(jpa))
                .outbox(new JpaNotificationOutbox(jpa, sql, dialect))
                .signingKeys(new SqlSigningKeys(sql))
                .reminders(new JpaReminderLog(jpa, dialect))
                .sessions(new JpaSessionRepository(jpa))
                .signInTokens(new JpaSignInTokenRepository(jpa))
                .signInRequests(new JpaSignInRequests(jpa))
                .apiKeys(new JpaApiKeyRepository(jpa))
                .idempotency(new JpaIdempotencyStore(jpa))
                .events(new JpaPartnerEventStore(jpa, sql, dialect))
                .webhooks(new JpaWebhookStore(jpa, sql, dialect))
                .requests(new SqlRequestStore(jpa))
                .build();
    }

    /** Connects, migrates the schema, and begins deploying the persistence unit ({@link #awaitDeployed}). */
    public static PersistentStore open(PersistenceSettings settings) {
        return open(settings, UnaryOperator.identity());
    }

    /**
     * As {@link #open(PersistenceSettings)}, every connection handed out through {@code wrap}'s data
     * source once the schema is migrated: an embedder traces or counts the statements (the tests
     * count them per request).
     */
    public static PersistentStore open(PersistenceSettings settings, UnaryOperator<DataSource> wrap) {
        PersistentStore store = begin(settings, wrap);
        store.awaitOpen();
        return store;
    }

    /**
     * As {@link #open(PersistenceSettings)}, returning at once (V7): the store connects and checks or
     * migrates its schema on a thread of its own, so that the application wires what uses the store
     * meanwhile. {@link #awaitOpen} waits for it and throws what opening threw; a port used before it
     * waits for it too.
     */
    public static PersistentStore begin(PersistenceSettings settings) {
        return begin(settings, UnaryOperator.identity());
    }

    private static PersistentStore begin(PersistenceSettings settings, UnaryOperator<DataSource> wrap) {
        Dialect dialect = Dialect.of(settings.jdbcUrl());
        EmbeddedDatabase file = EmbeddedDatabase.isFile(settings) ? EmbeddedDatabase.of(settings) : null;
        if (file != null) {
            file.ownDirectory();
        }
        // V7: the persistence unit deploys on a thread of its own: its metadata while the pool connects (it is
        // created with a data source that waits for the pool), its login once the pool is there; meanwhile the
        // schema is checked or migrated here and, after the store is open, the application starts its web
        // server: neither needs the other (the schema is Flyway's, never EclipseLink's); the first unit of
        // work waits for the deployment (awaitDeployed), and the store is not ready before it
        PendingDataSource pending = new PendingDataSource();
        CompletableFuture<EntityManagerFactory> deploying = new CompletableFuture<>();
        Thread deployer = new Thread(() -> {
            try {
                deploying.complete(unit(wrap.apply(pending), pending, dialect));
            } catch (Throwable e) {
                deploying.completeExceptionally(e);
            }
        }, "portal-persistence-deploy");
        deployer.setDaemon(true);
        deployer.start();
        PendingDataSource usable = new PendingDataSource();
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                Opened opened = connect(settings, dialect, file, pending, deploying);
                usable.open(opened.pool());
                opening.complete(opened);
            } catch (Throwable e) {
                usable.failed(e);
                opening.completeExceptionally(e);
            }
        }, "portal-persistence-open");
        opener.setDaemon(true);
        opener.start();
        return new PersistentStore(settings, opening, usable, wrap, deploying, dialect);
    }

    /** Opens the pool (handing it to the unit's {@code pending} data source) and checks or migrates the schema. */
    private static Opened connect(PersistenceSettings settings, Dialect dialect, EmbeddedDatabase file,
                                  PendingDataSource pending, CompletableFuture<EntityManagerFactory> deploying) {
        HikariDataSource pool;
        try {
            pool = pool(settings, dialect, true);
        } catch (RuntimeException e) {
            pending.failed(e);
            throw e;
        }
        pending.open(pool);
        try {
            ShippedMigrations shipped = ShippedMigrations.onClassPath();
            String schemaVersion;
            if (settings.migrateOnOpen() && !upToDate(pool, shipped)) {
                Flyway flyway = flyway(pool, dialect);
                flyway.migrate();
                schemaVersion = shipped.newest().orElseGet(() -> newestShipped(flyway));
            } else {
                schemaVersion = shipped.newest().orElseGet(() -> newestShipped(flyway(pool, dialect)));
            }
            if (file != null) {
                file.ownFiles();
            }
            return new Opened(pool, schemaVersion);
        } catch (RuntimeException e) {
            EntityManagerFactory unit = deploying.handle((f, failure) -> f).join();
            if (unit != null) {
                unit.close();
            }
            pool.close();
            throw Failures.translate(e);
        }
    }

    /** Whether the schema holds every shipped migration, none failed: Flyway would find nothing to do. */
    private static boolean upToDate(DataSource pool, ShippedMigrations shipped) {
        try (Connection c = pool.getConnection()) {
            return shipped.allAppliedIn(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Waits until the store has opened ({@link #begin}): connected, its schema checked or migrated.
     *
     * @throws RuntimeException what opening threw (the database unreachable, a migration failed…)
     */
    public void awaitOpen() {
        opened();
    }

    private Opened opened() {
        return joined(opening);
    }

    private HikariDataSource pool() {
        return opened().pool();
    }

    /** What {@code work} gave, or what it threw, translated as the store's failures are. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw Failures.translate(e.getCause() instanceof RuntimeException r ? r : e);
        }
    }

    /**
     * Waits until the persistence unit has deployed, which began when the store opened: a mapping error
     * stops the application's start here (the lifecycle asks once its web server runs, so the two
     * overlap), and every unit of work waits for it the same way.
     *
     * @throws RuntimeException the deployment's failure
     */
    public void awaitDeployed() {
        deployedUnit();
    }

    /**
     * The deployed persistence unit, waited for while it deploys. Its login is the deployment's only
     * contact with the database: when the database could not be reached then (it went away right after
     * the pool opened), the unit is deployed again here, on the caller's thread, so the store recovers by
     * itself once the database is back (SPEC §4) instead of failing every unit of work from then on; a
     * mapping error stays what it is.
     */
    private EntityManagerFactory deployedUnit() {
        // the unit logs in as soon as the pool is there; its units of work wait for the schema step too
        opened();
        CompletableFuture<EntityManagerFactory> current = unit.get();
        try {
            return joined(current);
        } catch (UnavailableException unreachable) {
            CompletableFuture<EntityManagerFactory> again = new CompletableFuture<>();
            if (unit.compareAndSet(current, again)) {
                PendingDataSource open = new PendingDataSource();
                open.open(pool());
                try {
                    again.complete(unit(wrap.apply(open), open, dialect));
                } catch (Throwable e) {
                    again.completeExceptionally(e);
                }
            }
            return joined(unit.get());
        }
    }

    /** {@code boundedStatements}: a statement that waits 5 s for its answer fails (requests); else none does (migrations). */
    private static HikariDataSource pool(PersistenceSettings settings, Dialect dialect, boolean boundedStatements) {
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
            config.addDataSourceProperty("socketTimeout", boundedStatements ? "5" : "0");
            config.addDataSourceProperty("ApplicationName", "partner-portal");
        }
        return new HikariDataSource(config);
    }

    /**
     * What {@link #migrate} did: the schema's version before and after (null before for an empty
     * database), and how many migrations it applied.
     *
     * @param from    the version found
     * @param to      the version now
     * @param applied the migrations applied
     */
    public record Migration(String from, String to, int applied) {
    }

    /**
     * Migrates the schema of the settings' database to the newest migration this code ships, and
     * lets go of the database again: the admin command {@code migrate}, run with credentials that may
     * change the schema, so that the portal's own need not. Flyway locks the schema while it migrates,
     * so instances starting at the same time wait for each other.
     */
    public static Migration migrate(PersistenceSettings settings) {
        Dialect dialect = Dialect.of(settings.jdbcUrl());
        EmbeddedDatabase file = EmbeddedDatabase.isFile(settings) ? EmbeddedDatabase.of(settings) : null;
        if (file != null) {
            file.ownDirectory();
        }
        try (HikariDataSource pool = pool(settings.withMetricRegistry(null), dialect, false)) {
            Flyway flyway = flyway(pool, dialect);
            MigrateResult result = flyway.migrate();
            if (file != null) {
                file.ownFiles();
            }
            String to = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            return new Migration(result.initialSchemaVersion, to, result.migrationsExecuted);
        } catch (RuntimeException e) {
            throw Failures.translate(e);
        }
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders)
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * The version of the newest migration this code ships. Migrations of a later release that the
     * schema already holds are not this code's (Flyway ignores them: the expand/contract rule keeps
     * this release working beside them).
     */
    private static String newestShipped(Flyway flyway) {
        MigrationVersion newest = null;
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getVersion() != null && m.getState().isResolved()
                    && (newest == null || m.getVersion().compareTo(newest) > 0)) {
                newest = m.getVersion();
            }
        }
        if (newest == null) {
            throw new IllegalStateException("this build ships no migration");
        }
        return newest.getVersion();
    }

    /** The entities of the persistence unit. */
    private static final List<Class<?>> ENTITIES = List.of(SubscriptionEntity.class, ProductEntity.class,
            PartnerEntity.class, BillingAccountEntity.class, PersonEntity.class, SiteEntity.class,
            OrganizationEntity.class, HistoryEntity.class, SessionEntity.class, SignInTokenEntity.class,
            SignInRequestEntity.class, ApiKeyEntity.class, IdempotencyEntity.class, OutboxEntity.class,
            PartnerEventEntity.class, WebhookEndpointEntity.class, WebhookDeliveryEntity.class, ContactEntity.class);

    /** How many persistence units this process has described: each store's unit is named by its number. */
    private static final AtomicInteger UNITS = new AtomicInteger();

    /** Creates the unit over {@code dataSource}, then logs it in unless {@code pending}'s pool failed to open. */
    private static EntityManagerFactory unit(DataSource dataSource, PendingDataSource pending, Dialect dialect) {
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
        // V7: the unit is described here, not in a persistence.xml that EclipseLink would look for in the archives
        // and parse against its schema on every start; each store's unit has a name of its own, since EclipseLink
        // keeps the description of a unit made this way under its name for the rest of the process
        PersistenceConfiguration description = new PersistenceConfiguration("portal-" + UNITS.incrementAndGet())
                .provider(PersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .properties(properties);
        for (Class<?> entity : ENTITIES) {
            description.managedClass(entity);
        }
        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(description);
        pending.awaitOutcome();
        if (pending.isFailed()) {
            factory.close();
            throw new IllegalStateException("the connection pool did not open");
        }
        // deploy now: a mapping error stops start-up instead of the first request
        try {
            factory.createEntityManager().close();
        } catch (RuntimeException e) {
            // a unit that could not log in is closed, so that deploying it again starts afresh
            factory.close();
            throw e;
        }
        return factory;
    }

    public Storage storage() {
        return storage;
    }

    /**
     * The rate-limit counter that every instance on this PostgreSQL database shares, counted by the
     * database in one statement per request. It has its own small pool with short timeouts (connect
     * 1 s, a statement 2 s), opened on first use, so a database that stops answering costs a request
     * little before the web adapter counts in memory instead, and a busy request pool never delays it.
     *
     * @throws IllegalStateException on the embedded database, whose single instance counts in memory
     */
    public synchronized RateLimitCounter sharedRateLimits() {
        if (dialect != Dialect.POSTGRES) {
            throw new IllegalStateException("rate limits are shared on PostgreSQL; the embedded database's single "
                    + "instance counts them in memory");
        }
        if (rateLimits == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("portal-rate-limits");
            config.setJdbcUrl(settings.jdbcUrl());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            config.setMaximumPoolSize(RATE_LIMIT_POOL_SIZE);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(RATE_LIMIT_TIMEOUT.toMillis());
            config.setValidationTimeout(500);
            // connect lazily: a database that is down when the first request comes is the counter's failure, not start-up's
            config.setInitializationFailTimeout(-1);
            config.addDataSourceProperty("connectTimeout", Long.toString(RATE_LIMIT_TIMEOUT.toSeconds()));
            config.addDataSourceProperty("socketTimeout", Long.toString(2 * RATE_LIMIT_TIMEOUT.toSeconds()));
            config.addDataSourceProperty("ApplicationName", "partner-portal");
            rateLimitPool = new HikariDataSource(config);
            rateLimits = new SqlRateLimitCounter(wrap.apply(rateLimitPool));
        }
        return rateLimits;
    }

    /**
     * Whether a thread using this store may be interrupted (to stop a delivery pass between two
     * sends): yes on PostgreSQL, whose driver does not act on interrupts (the pool's wait for a
     * connection ends with an error); never on the embedded H2, where an interrupt that meets the
     * database file's channel closes it for every thread (h2database#227, #1076) and loses what
     * was not yet written.
     */
    public boolean toleratesInterrupts() {
        return dialect == Dialect.POSTGRES;
    }

    /** Whether the database answers now, within the pool's timeout. */
    public boolean isReachable() {
        try (Connection c = pool().getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Ready to serve: the persistence unit has deployed (waited for while it deploys), the database answers (within the pool's
     * timeout) and its schema holds every migration this code ships, none failed — an instance whose database was restored from an older
     * backup, or whose migration broke, is not ready.
     */
    public boolean isReady() {
        // a store asked right after it opened answers once its unit has deployed (a second or so, in process)
        try {
            deployedUnit();
        } catch (RuntimeException notDeployed) {
            return false;
        }
        boolean ready = schemaHolds();
        if (ready) {
            schemaCurrent = true;
        }
        return ready;
    }

    /**
     * Whether the schema holds this code's newest migration: asked of the database until it once
     * does (a store opened without migrating waits for the {@code migrate} command), then known.
     */
    public boolean isSchemaCurrent() {
        opened();
        return schemaCurrent || isReady();
    }

    /**
     * V6: whether the list's search reads a trigram index: true on PostgreSQL once migration 23 could
     * create {@code pg_trgm} and its index; false on H2 and where the role may not create the
     * extension (the search then scans the contact's rows). Asked of the database once per call.
     *
     * @return whether the index is there
     */
    public boolean searchReadsAnIndex() {
        if (dialect != Dialect.POSTGRES) {
            return false;
        }
        try (java.sql.Connection c = pool().getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(Dialect.HAS_SEARCH_INDEX)) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw Failures.translate(new IllegalStateException(e.getMessage(), e));
        }
    }

    /** @return whether this store is a PostgreSQL database (else the embedded H2) */
    public boolean isPostgres() {
        return dialect == Dialect.POSTGRES;
    }

    /** The version of the newest migration this code ships, which a ready schema holds. */
    public String schemaVersion() {
        return opened().schemaVersion();
    }

    private boolean schemaHolds() {
        try (Connection c = pool().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT "
                     + "SUM(CASE WHEN \"version\" = ? AND \"success\" THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END) FROM \"flyway_schema_history\"")) {
            if (dialect == Dialect.POSTGRES) {
                // a database that stopped answering is not ready within 2 s (the embedded one is in-process)
                ps.setQueryTimeout(2);
            }
            ps.setString(1, schemaVersion());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0 && rs.getLong(2) == 0;
            }
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
        try (Connection c = pool().getConnection()) {
            return EmbeddedDatabase.backup(c, target);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return pool();
    }

    @Override
    public void close() {
        try {
            EntityManagerFactory deployed = unit.get().handle((f, failure) -> f).join();
            if (deployed != null) {
                deployed.close();
            }
        } finally {
            Opened opened = opening.handle((o, failure) -> o).join();
            if (opened != null) {
                opened.pool().close();
            }
            synchronized (this) {
                if (rateLimitPool != null) {
                    rateLimitPool.close();
                }
            }
            if (EmbeddedDatabase.isFile(settings)) {
                // whatever H2 wrote while closing stays its owner's
                EmbeddedDatabase.of(settings).ownFiles();
            }
        }
    }
}
