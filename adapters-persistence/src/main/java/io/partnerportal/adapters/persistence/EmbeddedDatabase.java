package io.partnerportal.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * The embedded default's database file (H2): where it is, a consistent copy of it made with H2's
 * {@code BACKUP TO} (a zip; the store is copy-on-write, so a copy taken while requests run is
 * transactionally consistent), and bringing such a copy back into an empty place. A running portal
 * holds the file, so it makes its own copies ({@link PersistentStore#backupTo}); these methods
 * open the file themselves and work only while no portal holds it.
 */
public final class EmbeddedDatabase {
    private static final String PREFIX = "jdbc:h2:file:";

    private final PersistenceSettings settings;
    private final Path directory;
    private final String name;

    private EmbeddedDatabase(PersistenceSettings settings, Path directory, String name) {
        this.settings = settings;
        this.directory = directory;
        this.name = name;
    }

    /** The embedded database of these settings; PostgreSQL has none (its operators use pg_dump). */
    public static EmbeddedDatabase of(PersistenceSettings settings) {
        String url = settings.jdbcUrl();
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an embedded file database: " + url);
        }
        int end = url.indexOf(';');
        Path base = Path.of(url.substring(PREFIX.length(), end < 0 ? url.length() : end)).toAbsolutePath().normalize();
        return new EmbeddedDatabase(settings, base.getParent(), base.getFileName().toString());
    }

    /** The database's file. */
    public Path file() {
        return directory.resolve(name + ".mv.db");
    }

    public boolean exists() {
        return Files.exists(file());
    }

    /**
     * Copies the database into {@code target}, a new zip file; returns its size. Fails when a
     * portal holds the database (H2's error 90020), when there is no database, or when the
     * target exists or its directory does not.
     */
    public long backupTo(Path target) {
        checkTarget(target);
        if (!exists()) {
            throw new IllegalStateException("There is no embedded database in " + directory + " to back up.");
        }
        try (Connection c = DriverManager.getConnection(existingOnly(), settings.user(), settings.password())) {
            return backup(c, target);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Brings back a backup made by {@link #backupTo} or {@link PersistentStore#backupTo}: only
     * where there is no database yet (a restore never overwrites one), and only a zip that holds
     * this database's file; the restored database is opened once to check it is the portal's.
     */
    public void restoreFrom(Path zip) {
        Objects.requireNonNull(zip, "zip");
        if (exists()) {
            throw new IllegalStateException("The data directory " + directory + " already holds a database ("
                    + file().getFileName() + "): stop the portal and move it away first; a restore never"
                    + " overwrites a database.");
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("No backup file at " + zip + ".");
        }
        if (!holdsDatabase(zip)) {
            throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database (no "
                    + name + ".mv.db inside).");
        }
        try {
            Files.createDirectories(directory);
            Restore.execute(zip.toString(), directory.toString(), name);
            try (Connection c = DriverManager.getConnection(existingOnly(), settings.user(), settings.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
                rs.next();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(file());
            } catch (IOException ignored) {
                // nothing more to take back
            }
            throw new IllegalStateException("The backup " + zip + " could not be restored: " + e.getMessage(), e);
        }
    }

    private boolean holdsDatabase(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                if (e.nextElement().getName().equals(name + ".mv.db")) {
                    return true;
                }
            }
            return false;
        } catch (IOException notAZip) {
            return false;
        }
    }

    /** The URL that opens the database only if it exists (never creates an empty one). */
    private String existingOnly() {
        return settings.jdbcUrl() + ";IFEXISTS=TRUE";
    }

    /** A new file in an existing directory, named absolutely. */
    static void checkTarget(Path target) {
        Objects.requireNonNull(target, "target");
        if (!target.isAbsolute()) {
            throw new IllegalArgumentException("The backup file must be named by an absolute path: " + target);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already: a backup never overwrites a file.");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("The directory of " + target + " does not exist.");
        }
        if (target.toString().chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw new IllegalArgumentException("The backup file's name holds control characters.");
        }
    }

    /** H2's consistent copy of the database {@code c} is connected to, into {@code target}. */
    static long backup(Connection c, Path target) throws SQLException {
        checkTarget(target);
        try (Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
        try {
            return Files.size(target);
        } catch (IOException e) {
            throw new SQLException("the backup was not written: " + e.getMessage(), e);
        }
    }
}
