package io.partnerportal.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build wrote into the jar: the project's version and the commit it was built from
 * ({@code unknown} when built from a source tree without its Git history), for {@code --version}
 * and {@code portal_build_info}.
 *
 * @param version the project's version
 * @param commit  the abbreviated commit id, or {@code unknown}
 */
record BuildInfo(String version, String commit) {
    static final String UNKNOWN = "unknown";

    /** Reads the resource the build filled in. */
    static BuildInfo read() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException unreadable) {
            return new BuildInfo(UNKNOWN, UNKNOWN);
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("commit")));
    }

    /** A value the build filled in; a placeholder it left (no value to put there) is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
    }

    /** As {@code --version} prints it. */
    String line() {
        return "Partner Subscriptions Portal " + version + " (commit " + commit + ")";
    }
}
