package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * V7: a store opened on a schema that holds every shipped migration skips Flyway; any other schema
 * is still Flyway's to migrate and to refuse, as before.
 */
class ShippedMigrationsTest {

    private static PersistenceSettings settings(String name) {
        return TestDatabases.h2Settings("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static void run(PersistentStore store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static Flyway flyway(HikariDataSource pool, String target) {
        return Flyway.configure().dataSource(pool).locations("classpath:" + ShippedMigrations.LOCATION)
                .placeholders(Dialect.H2.placeholders).target(target).load();
    }

    private static HikariDataSource pool(PersistenceSettings settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        return pool;
    }

    @Test
    void theListedMigrationsAreTheOnesFlywayFinds() {
        PersistenceSettings settings = settings("listed");
        try (HikariDataSource pool = pool(settings)) {
            var flywayVersions = java.util.Arrays.stream(flyway(pool, "latest").info().all())
                    .map(MigrationInfo::getVersion).map(v -> v.getVersion()).toList();

            ShippedMigrations shipped = ShippedMigrations.onClassPath();

            assertThat(shipped.versions()).isEqualTo(flywayVersions).hasSize(26);
            assertThat(shipped.newest()).contains("26");
        }
    }

    @Test
    void versionsAreSpelledAndOrderedAsFlywayDoes() {
        assertThat(ShippedMigrations.version("V1_2__x.sql")).contains("1.2");
        assertThat(ShippedMigrations.version("R__view.sql")).isEmpty();
        assertThat(ShippedMigrations.version("V3__x.txt")).isEmpty();
        assertThat(new ShippedMigrations(java.util.List.of("10", "9", "9.1", "1")).versions())
                .containsExactly("1", "9", "9.1", "10");
    }

    @Test
    void aSchemaOfAnOlderReleaseIsStillMigratedWhenTheStoreOpens() {
        PersistenceSettings settings = settings("older");
        try (HikariDataSource pool = pool(settings)) {
            flyway(pool, "25").migrate();
            assertThat(allApplied(pool)).isFalse();

            try (PersistentStore store = PersistentStore.open(settings)) {
                assertThat(store.isReady()).isTrue();
                assertThat(allApplied(pool)).isTrue();
                assertThat(store.storage().catalogue().all()).as("the migrated schema serves").isNotEmpty();
            }
        }
    }

    @Test
    void anUpToDateSchemaOpensAgainAndServes() {
        PersistenceSettings settings = settings("current");
        try (PersistentStore first = PersistentStore.open(settings)) {
            try (PersistentStore second = PersistentStore.open(settings)) {
                assertThat(second.isReady()).isTrue();
                assertThat(second.isSchemaCurrent()).isTrue();
                assertThat(second.schemaVersion()).isEqualTo("26");
                assertThat(second.storage().catalogue().all()).isNotEmpty();
            }
        }
    }

    @Test
    void aSchemaWithAFailedMigrationIsStillRefusedWhenTheStoreOpens() throws Exception {
        PersistenceSettings settings = settings("failed");
        try (PersistentStore first = PersistentStore.open(settings)) {
            run(first, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '25'");

            assertThatThrownBy(() -> PersistentStore.open(settings).close()).as("Flyway's validation refuses it")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aSchemaMissingAnOlderMigrationIsStillRefusedWhenTheStoreOpens() throws Exception {
        PersistenceSettings settings = settings("gap");
        try (PersistentStore first = PersistentStore.open(settings)) {
            run(first, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");

            assertThatThrownBy(() -> PersistentStore.open(settings).close()).as("Flyway's validation refuses it")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    private static boolean allApplied(HikariDataSource pool) {
        try (Connection c = pool.getConnection()) {
            return ShippedMigrations.onClassPath().allAppliedIn(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
