package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** How the persistence unit is set up: no weaving needed, no warnings, schema from Flyway. */
class SetupTest {

    @Test
    void openingTheStoreLogsNoWarningAndNoLazySettingIsReverted() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
        eclipseLink.addHandler(capture);
        Level before = eclipseLink.getLevel();
        eclipseLink.setLevel(Level.ALL);
        try (PersistentStore store = PersistentStore.open(TestDatabases.h2Settings(
                "jdbc:h2:mem:setup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))) {
            store.storage().subscriptions().findAll(List.of());
            store.storage().partners().any();
        } finally {
            eclipseLink.removeHandler(capture);
            eclipseLink.setLevel(before);
        }
        assertThat(records).noneMatch(r -> String.valueOf(r.getMessage()).contains("Reverting the lazy setting"));
        assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
    }

    @Test
    void theSchemaIsFlywaysAndTheCatalogueIsSeeded() throws Exception {
        try (PersistentStore store = PersistentStore.open(TestDatabases.h2Settings(
                "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
             Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                     + " ORDER BY \"installed_rank\"");
             ResultSet rs = ps.executeQuery()) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                assertThat(rs.getBoolean(2)).isTrue();
                versions.add(rs.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                    "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26");
            assertThat(store.storage().catalogue().all()).hasSize(10);
        }
    }
}
