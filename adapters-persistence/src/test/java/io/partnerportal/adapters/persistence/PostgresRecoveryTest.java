package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.PartyBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4: a database outage makes requests fail fast with the core's "unavailable" error, and
 * the store recovers by itself when the database returns. The database is taken away by a TCP
 * proxy in front of PostgreSQL.
 */
class PostgresRecoveryTest {

    @Test
    void anOutageFailsWithinFiveSecondsAndTheStoreRecoversWithoutRestart() throws Exception {
        try (TcpProxy proxy = new TcpProxy(5432);
             PersistentStore store = throughProxy(proxy)) {
            Storage storage = store.storage();
            storage.partners().any();
            assertThat(store.isReachable()).isTrue();

            proxy.stop();
            long start = System.nanoTime();
            assertThatThrownBy(() -> storage.partners().any()).isInstanceOf(UnavailableException.class);
            assertThatThrownBy(() -> storage.unitOfWork().run(() -> storage.partners().add(
                    PartyBuilder.aPartner("During the outage")))).isInstanceOf(UnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            long one = System.nanoTime();
            assertThatThrownBy(() -> storage.partners().any()).isInstanceOf(UnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - one)).isLessThan(Duration.ofSeconds(5));
            assertThat(store.isReachable()).isFalse();

            proxy.start();
            assertThat(eventually(Duration.ofSeconds(15), () -> adds(storage, "After"))).isTrue();
            assertThat(storage.partners().any()).isTrue();
            assertThat(store.isReachable()).isTrue();
        }
    }

    /**
     * The persistence unit logs in on a thread of its own once the pool is open (V7): a database that goes
     * away right then must not leave the store failing after it is back.
     */
    @Test
    void aDatabaseGoneWhileTheUnitLogsInIsRecoveredFromToo() throws Exception {
        try (TcpProxy proxy = new TcpProxy(5432);
             PersistentStore store = throughProxy(proxy)) {
            proxy.stop();
            Storage storage = store.storage();
            assertThatThrownBy(() -> storage.unitOfWork().run(() -> storage.partners().add(
                    PartyBuilder.aPartner("During the outage")))).isInstanceOf(UnavailableException.class);
            assertThat(store.isReady()).isFalse();

            proxy.start();
            assertThat(eventually(Duration.ofSeconds(15), () -> adds(storage, "Once back"))).isTrue();
            assertThat(store.isReady()).isTrue();
        }
    }

    /** A store on the run's PostgreSQL database, reached through {@code proxy}. */
    private static PersistentStore throughProxy(TcpProxy proxy) {
        PersistenceSettings direct = TestDatabases.postgresSettings();
        String database = direct.jdbcUrl().substring(direct.jdbcUrl().lastIndexOf('/') + 1);
        return PersistentStore.open(new PersistenceSettings("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                + database, "postgres", "", 4, Duration.ofSeconds(2)));
    }

    /** Whether a unit of work adding a partner named {@code name} goes through, or the database is unavailable. */
    private static boolean adds(Storage storage, String name) {
        try {
            storage.unitOfWork().run(() -> storage.partners().add(PartyBuilder.aPartner(name)));
            return true;
        } catch (UnavailableException e) {
            return false;
        }
    }

    /** Polls a condition until it holds or the deadline passes. */
    private static boolean eventually(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return condition.getAsBoolean();
    }
}
