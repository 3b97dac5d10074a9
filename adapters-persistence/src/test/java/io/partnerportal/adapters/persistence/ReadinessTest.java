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
}
