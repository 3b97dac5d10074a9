package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code isReady()}: the database answers and holds every migration this code ships, none failed. */
class ReadinessTest {

    private static void run(PersistentStore store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void aMigratedStoreIsReadyAndNotOnceItsNewestMigrationIsMissingOrAMigrationFailed() throws Exception {
        try (PersistentStore store = PersistentStore.open(TestDatabases.h2Settings(
                "jdbc:h2:mem:ready-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            assertThat(store.isReady()).isTrue();

            run(store, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(store.isReady()).as("a failed migration").isFalse();

            run(store, "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE");
            assertThat(store.isReady()).isTrue();
            run(store, "DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
                    + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            assertThat(store.isReady()).as("the newest migration is not applied").isFalse();
        }
    }

    @Test
    void aClosedStoreIsNotReady() {
        PersistentStore store = PersistentStore.open(TestDatabases.h2Settings(
                "jdbc:h2:mem:closed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        store.close();

        assertThat(store.isReady()).isFalse();
    }

    @Test
    void O2_aStoreOpenedWithoutMigratingIsReadyOnceTheMigrateStepHasRun() {
        PersistenceSettings settings = TestDatabases.h2Settings(
                "jdbc:h2:mem:unmigrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withoutMigrating();
        try (PersistentStore store = PersistentStore.open(settings)) {
            assertThat(store.isReady()).as("an empty database").isFalse();
            assertThat(store.isSchemaCurrent()).isFalse();

            PersistentStore.Migration first = PersistentStore.migrate(settings);
            assertThat(first.from()).isNull();
            assertThat(first.to()).isEqualTo(store.schemaVersion()).isEqualTo("26");
            assertThat(first.applied()).isEqualTo(26);
            assertThat(store.isReady()).isTrue();
            assertThat(store.isSchemaCurrent()).isTrue();
            assertThat(store.storage().catalogue().all()).as("the migrated schema serves").isNotEmpty();

            PersistentStore.Migration again = PersistentStore.migrate(settings);
            assertThat(again.applied()).isZero();
            assertThat(again.from()).isEqualTo("26");
        }
    }

    @Test
    void O2_aSchemaMigratedFurtherByANewerReleaseIsStillReady() throws Exception {
        try (PersistentStore store = PersistentStore.open(TestDatabases.h2Settings(
                "jdbc:h2:mem:newer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            // what the next release's migration leaves in the history, this release does not know
            run(store, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (100, '999', 'a later expand step', 'SQL', 'V999__later.sql', 1, 'sa', 1, TRUE)");
            assertThat(store.isReady()).isTrue();
        }
        PersistenceSettings reopened = TestDatabases.h2Settings("jdbc:h2:mem:newer2-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        try (PersistentStore first = PersistentStore.open(reopened)) {
            run(first, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (100, '999', 'a later expand step', 'SQL', 'V999__later.sql', 1, 'sa', 1, TRUE)");
            try (PersistentStore second = PersistentStore.open(reopened)) {
                assertThat(second.isReady()).as("this release starts beside the next one's schema").isTrue();
            }
        }
    }
}
