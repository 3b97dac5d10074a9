package io.partnerportal.adapters.persistence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The versioned migrations this build ships ({@code db/migration/V<version>__<description>.sql}), read
 * from the jar or the directory that holds them without starting Flyway, and whether a schema's history
 * already holds every one of them: a start on an up-to-date database then skips Flyway altogether (its
 * classpath scan, validation and the history read it repeats), which is most of what a restart spent
 * on the schema (SPEC V7). Anything else (an empty database, a missing or failed migration, a place
 * this cannot list) is left to Flyway's migrate and its validation, as before.
 *
 * @param versions the shipped versions, oldest first (Flyway's spelling: {@code V1_2__x.sql} is {@code 1.2})
 */
record ShippedMigrations(List<String> versions) {
    static final String LOCATION = "db/migration";
    /** Orders versions as Flyway does: part by part, numerically. */
    static final Comparator<String> BY_VERSION = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    ShippedMigrations {
        versions = versions.stream().sorted(BY_VERSION).toList();
    }

    /** The migrations on this class path; empty when their place cannot be listed (Flyway then decides alone). */
    static ShippedMigrations onClassPath() {
        URL url = ShippedMigrations.class.getClassLoader().getResource(LOCATION);
        List<String> names = new ArrayList<>();
        try {
            if (url == null) {
                return new ShippedMigrations(List.of());
            }
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(true); // the class loader's own open copy of the jar
                JarFile jar = connection.getJarFile();
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(LOCATION + "/") && n.indexOf('/', LOCATION.length() + 1) < 0)
                        .forEach(n -> names.add(n.substring(LOCATION.length() + 1)));
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(p -> names.add(p.getFileName().toString()));
                }
            } else {
                return new ShippedMigrations(List.of());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return new ShippedMigrations(List.of());
        }
        return new ShippedMigrations(names.stream().map(ShippedMigrations::version).flatMap(Optional::stream).toList());
    }

    /** {@code V25__reader_time_zone.sql} is version {@code 25}; anything else is no versioned migration. */
    static Optional<String> version(String fileName) {
        int end = fileName.indexOf("__");
        if (!fileName.startsWith("V") || end < 2 || !fileName.endsWith(".sql")) {
            return Optional.empty();
        }
        String version = fileName.substring(1, end).replace('_', '.');
        return version.matches("\\d+(\\.\\d+)*") ? Optional.of(version) : Optional.empty();
    }

    /** The newest shipped version, if any was found. */
    Optional<String> newest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Whether the schema behind {@code c} has applied every shipped migration successfully and none
     * failed: Flyway's migrate would do nothing there (migrations of a later release that the history
     * holds are ignored, as Flyway ignores them). False when the history cannot be read (a new database).
     */
    boolean allAppliedIn(Connection c) {
        if (versions.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                if (rs.getString(1) != null) {
                    applied.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.containsAll(versions);
    }
}
