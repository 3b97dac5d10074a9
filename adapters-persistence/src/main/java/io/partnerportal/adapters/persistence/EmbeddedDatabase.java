package io.partnerportal.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

    /** Whether these settings name an embedded database in a file (not in memory, not PostgreSQL). */
    static boolean isFile(PersistenceSettings settings) {
        return settings.jdbcUrl().startsWith(PREFIX);
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
     * where there is no database yet (a restore never overwrites one), and only a zip that holds this
     * database's file and nothing else (S5: every entry is read before anything is written; another
     * entry, or a name that would lead out of the data directory, is refused naming it). The file is
     * unpacked under a temporary name, owner-only, then moved into place and opened once to check it
     * is the portal's; anything wrong leaves nothing behind and says so in one line.
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
        try (ZipFile z = openZip(zip)) {
            ZipEntry database = theDatabaseEntry(zip, z);
            OwnerOnly.directory(directory);
            Path temp = Files.createTempFile(directory, ".restoring-", ".tmp");
            try {
                try (InputStream in = z.getInputStream(database)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The backup " + zip + " could not be read: " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(existingOnly(), settings.user(), settings.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
        } catch (SQLException | RuntimeException notOurs) {
            removeRestored();
            throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database: its "
                    + name + ".mv.db is damaged or holds no portal schema; nothing was restored.", notOurs);
        }
        OwnerOnly.file(file());
    }

    private static ZipFile openZip(Path zip) {
        try {
            return new ZipFile(zip.toFile());
        } catch (IOException notAZip) {
            throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database (not a zip"
                    + " file); nothing was restored.", notAZip);
        }
    }

    /**
     * The one entry a backup of ours holds, {@code <name>.mv.db}; every entry is read first, and
     * another one, a directory, or a second copy is refused, naming it.
     */
    private ZipEntry theDatabaseEntry(Path zip, ZipFile z) {
        String expected = name + ".mv.db";
        ZipEntry database = null;
        for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String shown = printable(entry.getName());
            if (leavesTheDirectory(entry.getName())) {
                throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database: its"
                        + " entry " + shown + " leads out of the data directory; nothing was restored.");
            }
            if (!entry.getName().equals(expected) || entry.isDirectory() || database != null) {
                throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database: it"
                        + " holds " + shown + (database != null && entry.getName().equals(expected) ? " twice" : "")
                        + ", which no backup of the portal holds (only " + expected + "); nothing was restored.");
            }
            database = entry;
        }
        if (database == null) {
            throw new IllegalArgumentException(zip + " is not a backup of the portal's embedded database (no "
                    + expected + " inside); nothing was restored.");
        }
        return database;
    }

    /** A name that is absolute, climbs with {@code ..}, or names a drive or another separator. */
    static boolean leavesTheDirectory(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** An entry's name as one line can show it: control characters as {@code ?}, at most 200 characters. */
    private static String printable(String entryName) {
        String s = entryName.codePoints().map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + (s.length() > 200 ? s.substring(0, 200) + "…" : s) + "'";
    }

    private void removeRestored() {
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(directory.resolve(name + ".trace.db"));
        } catch (IOException ignored) {
            // nothing more to take back
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
        try {
            // S3: the copy is its owner's alone from its first byte (created new, never over a file)
            OwnerOnly.newFile(target);
        } catch (IOException e) {
            throw new IllegalArgumentException("The backup file " + target + " cannot be created: " + e.getMessage(), e);
        }
        try (Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            return Files.size(target);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // nothing more to take back
            }
            throw e instanceof SQLException sql ? sql : new SQLException("the backup was not written: "
                    + e.getMessage(), e);
        }
    }

    /**
     * S3: the data directory is its owner's alone ({@code 0700}, created so or made so), before the
     * database is opened in it.
     */
    void ownDirectory() {
        OwnerOnly.directory(directory);
    }

    /** S3: the database's files are their owner's alone ({@code 0600}), however they were created. */
    void ownFiles() {
        OwnerOnly.file(file());
        OwnerOnly.file(directory.resolve(name + ".trace.db"));
    }
}
