package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter.Limit;
import io.partnerportal.core.testing.contract.RateLimitCounterContract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rate-limit contract on PostgreSQL, two stores (two instances) sharing one count, and an outage. */
class PostgresRateLimitCounterTest extends RateLimitCounterContract {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    protected RateLimitCounter counter() {
        PersistentStore store = TestDatabases.postgres();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rate_limit_counter");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store.sharedRateLimits();
    }

    @Test
    void twoStoresOnOneDatabaseShareTheCountAndKeepNoKeyInClear() throws Exception {
        RateLimitCounter first = counter();
        try (PersistentStore other = PersistentStore.open(TestDatabases.postgresSettings())) {
            RateLimitCounter second = other.sharedRateLimits();
            Limit four = new Limit(4, Duration.ofMinutes(1));
            for (int i = 0; i < 4; i++) {
                assertThat((i % 2 == 0 ? first : second).take("api-key", "partner:p-1", four, NOW)).isZero();
            }

            assertThat(first.take("api-key", "partner:p-1", four, NOW)).isEqualTo(Duration.ofSeconds(15));
            assertThat(second.take("api-key", "partner:p-1", four, NOW)).isEqualTo(Duration.ofSeconds(15));
        }
        try (Connection c = TestDatabases.postgres().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key_hash FROM rate_limit_counter")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).matches("[0-9a-f]{64}").isEqualTo(SqlRateLimitCounter.hash("partner:p-1"));
        }
    }

    @Test
    void aDatabaseThatStopsAnsweringFailsTheCountQuicklyAsUnavailable() throws Exception {
        PersistenceSettings direct = TestDatabases.postgresSettings();
        String database = direct.jdbcUrl().substring(direct.jdbcUrl().lastIndexOf('/') + 1);
        try (TcpProxy proxy = new TcpProxy(5432);
             PersistentStore store = PersistentStore.open(new PersistenceSettings(
                     "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database, "postgres", "", 2,
                     Duration.ofSeconds(2)))) {
            RateLimitCounter counter = store.sharedRateLimits();
            Limit limit = new Limit(10, Duration.ofSeconds(1));
            assertThat(counter.take("address", "127.0.0.9", limit, NOW)).isZero();

            proxy.stop();
            long start = System.nanoTime();
            assertThatThrownBy(() -> counter.take("address", "127.0.0.9", limit, NOW))
                    .isInstanceOf(UnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void theEmbeddedDatabaseDoesNotShareItsRateLimits() {
        assertThatThrownBy(() -> TestDatabases.h2().sharedRateLimits()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in memory");
    }
}
