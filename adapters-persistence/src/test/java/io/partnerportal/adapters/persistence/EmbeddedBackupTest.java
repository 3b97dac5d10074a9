package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.testing.PortalFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of the embedded database: taken while the store serves, restored only into an empty place. */
class EmbeddedBackupTest {
    @TempDir
    Path dir;

    private static PersistenceSettings settings(Path dataDir) {
        return new PersistenceSettings("jdbc:h2:file:" + dataDir.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE", "sa",
                null, 2, Duration.ofSeconds(3));
    }

    @Test
    void aBackupTakenWhileTheStoreServesIsRestoredIntoAnEmptyDataDirectory() {
        Path zip = dir.resolve("portal-backup.zip");
        String partnerId;
        try (PersistentStore store = PersistentStore.open(settings(dir.resolve("live")))) {
            PortalFixture fx = PortalFixture.on("2026-11-23", store.storage());
            partnerId = fx.partner("Backed Up Reseller").partnerId();
            long size = store.backupTo(zip);
            assertThat(size).isPositive().isEqualTo(zip.toFile().length());
            fx.partner("Added After The Backup");
            assertThatThrownBy(() -> store.backupTo(zip)).hasMessageContaining("exists already");
            assertThatThrownBy(() -> store.backupTo(Path.of("relative.zip"))).hasMessageContaining("absolute");
            assertThatThrownBy(() -> store.backupTo(dir.resolve("missing/dir.zip"))).hasMessageContaining("does not exist");
        }

        EmbeddedDatabase restored = EmbeddedDatabase.of(settings(dir.resolve("restored")));
        assertThat(restored.exists()).isFalse();
        restored.restoreFrom(zip);
        assertThat(restored.file()).exists();
        try (PersistentStore store = PersistentStore.open(settings(dir.resolve("restored")))) {
            assertThat(store.storage().partners().find(PartnerId.parse(partnerId))).isPresent();
            assertThat(store.storage().partners().all()).extracting(p -> p.name().value())
                    .containsExactly("Backed Up Reseller");
        }
        // never over an existing database
        assertThatThrownBy(() -> restored.restoreFrom(zip)).hasMessageContaining("already holds a database");
    }

    @Test
    void aStoppedDatabaseIsBackedUpByOpeningItAndNothingIsCreatedWhereThereIsNone() throws Exception {
        try (PersistentStore store = PersistentStore.open(settings(dir.resolve("stopped")))) {
            PortalFixture.on("2026-11-23", store.storage()).partner("Reseller");
        }
        EmbeddedDatabase stopped = EmbeddedDatabase.of(settings(dir.resolve("stopped")));
        assertThat(stopped.backupTo(dir.resolve("stopped.zip"))).isPositive();

        EmbeddedDatabase none = EmbeddedDatabase.of(settings(dir.resolve("none")));
        assertThatThrownBy(() -> none.backupTo(dir.resolve("none.zip"))).hasMessageContaining("no embedded database");
        assertThat(dir.resolve("none")).doesNotExist();

        Path notABackup = dir.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThatThrownBy(() -> none.restoreFrom(notABackup)).hasMessageContaining("is not a backup");
        assertThatThrownBy(() -> none.restoreFrom(dir.resolve("absent.zip"))).hasMessageContaining("No backup file");
        assertThat(none.exists()).isFalse();
        assertThatThrownBy(() -> EmbeddedDatabase.of(new PersistenceSettings("jdbc:postgresql://127.0.0.1/x", "u",
                null, 1, Duration.ofSeconds(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
