package io.partnerportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.testing.PortalFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void S3_theDataDirectoryTheDatabaseAndEveryBackupAreTheirOwnersAlone() throws Exception {
        Path fresh = dir.resolve("fresh");
        Path zip = dir.resolve("fresh.zip");
        try (PersistentStore store = PersistentStore.open(settings(fresh))) {
            assertThat(mode(fresh)).isEqualTo("rwx------");
            assertThat(mode(fresh.resolve("portal.mv.db"))).isEqualTo("rw-------");
            store.backupTo(zip);
            assertThat(mode(zip)).isEqualTo("rw-------");
        }
        assertThat(mode(fresh.resolve("portal.mv.db"))).as("after closing too").isEqualTo("rw-------");

        // a directory and a database that were there before, readable by everyone, are made private
        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(fresh.resolve("portal.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (PersistentStore store = PersistentStore.open(settings(fresh))) {
            assertThat(mode(fresh)).isEqualTo("rwx------");
            assertThat(mode(fresh.resolve("portal.mv.db"))).isEqualTo("rw-------");
        }
        Path stopped = dir.resolve("stopped-copy.zip");
        EmbeddedDatabase.of(settings(fresh)).backupTo(stopped);
        assertThat(mode(stopped)).isEqualTo("rw-------");

        EmbeddedDatabase restored = EmbeddedDatabase.of(settings(dir.resolve("restored/data")));
        restored.restoreFrom(zip);
        assertThat(mode(dir.resolve("restored/data"))).isEqualTo("rwx------");
        assertThat(mode(restored.file())).isEqualTo("rw-------");
    }

    /** A zip holding {@code entries} (name, content). */
    private Path zip(String file, String... entries) throws Exception {
        Path zip = dir.resolve(file);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void S5_aRestoreReadsOnlyTheDatabaseEntryAndRefusesAnyOtherNamingItWritingNothing() throws Exception {
        Path backup = dir.resolve("real.zip");
        try (PersistentStore store = PersistentStore.open(settings(dir.resolve("live")))) {
            store.backupTo(backup);
        }
        byte[] database;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(backup.toFile())) {
            assertThat(java.util.Collections.list(z.entries())).extracting(ZipEntry::getName)
                    .as("what a backup of ours holds").containsExactly("portal.mv.db");
            database = z.getInputStream(z.getEntry("portal.mv.db")).readAllBytes();
        }
        Path withExtra = dir.resolve("extra.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(withExtra))) {
            z.putNextEntry(new ZipEntry("portal.mv.db"));
            z.write(database);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("portal.mv.db.d/../../../evil.sh"));
            z.write("#!/bin/sh".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path target = dir.resolve("target");
        EmbeddedDatabase into = EmbeddedDatabase.of(settings(target));

        assertThatThrownBy(() -> into.restoreFrom(withExtra)).hasMessage(withExtra + " is not a backup of the portal's"
                + " embedded database: its entry 'portal.mv.db.d/../../../evil.sh' leads out of the data directory;"
                + " nothing was restored.");
        assertThatThrownBy(() -> into.restoreFrom(zip("absolute.zip", "/tmp/portal.mv.db", "x")))
                .hasMessageContaining("its entry '/tmp/portal.mv.db' leads out of the data directory");
        assertThatThrownBy(() -> into.restoreFrom(zip("windows.zip", "..\\portal.mv.db", "x")))
                .hasMessageContaining("leads out of the data directory");
        assertThatThrownBy(() -> into.restoreFrom(zip("notes.zip", "portal.mv.db", "x", "notes.txt", "hello")))
                .hasMessage(dir.resolve("notes.zip") + " is not a backup of the portal's embedded database: it holds"
                        + " 'notes.txt', which no backup of the portal holds (only portal.mv.db); nothing was restored.");
        assertThatThrownBy(() -> into.restoreFrom(zip("nested.zip", "data/portal.mv.db", "x")))
                .hasMessageContaining("it holds 'data/portal.mv.db', which no backup of the portal holds");
        // Java writes no zip with one name twice: the second name is patched in, in its headers and the directory
        Path twice = zip("twice.zip", "portal.mv.db", "x", "portal.mv.dX", "y");
        Files.write(twice, new String(Files.readAllBytes(twice), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("portal.mv.dX", "portal.mv.db").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> into.restoreFrom(twice)).hasMessageContaining("it holds 'portal.mv.db' twice");
        assertThatThrownBy(() -> into.restoreFrom(zip("control.zip", "portal\nmv.db", "x")))
                .hasMessageContaining("'portal?mv.db'").hasMessageNotContaining("\n");
        Path notAZip = Files.writeString(dir.resolve("plain.zip"), "not a zip at all");
        assertThatThrownBy(() -> into.restoreFrom(notAZip)).hasMessageContaining("(not a zip file)");
        assertThat(target).as("a refused backup writes nothing").doesNotExist();
        assertThat(dir.resolve("evil.sh")).doesNotExist();

        // a database entry that is no database: refused in one line of ours, nothing left behind
        Path garbage = zip("garbage.zip", "portal.mv.db", "H:2,block:0,blockSize:1000,chunk:0 garbage");
        assertThatThrownBy(() -> into.restoreFrom(garbage)).hasMessage(garbage + " is not a backup of the portal's"
                + " embedded database: its portal.mv.db is damaged or holds no portal schema; nothing was restored.");
        assertThat(into.exists()).isFalse();
        try (var left = Files.list(target)) {
            assertThat(left.toList()).as("no temporary or trace file stays").isEmpty();
        }

        into.restoreFrom(backup);
        assertThat(into.exists()).isTrue();
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
