package io.partnerportal.app;

import io.partnerportal.adapters.web.TrustedProxies;
import io.partnerportal.adapters.web.WebSettings;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.site.SiteUrl;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The application's configuration (SPEC §5.4, §7.4), from environment variables or the same keys in
 * a properties file given with {@code --config}; the environment wins over the file (a deployment
 * overrides what an image or a shared file says). Each secret key also reads from a file named by
 * the same key with {@code _FILE} ({@code PORTAL_DB_PASSWORD_FILE}: a mounted secret). Every value is
 * checked here; a bad one stops start-up with one line naming the key. Secrets never appear in
 * {@link #toString()}.
 */
record PortalConfig(
        int port,
        String listenAddress,
        URI baseUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String smtpHost,
        int smtpPort,
        String smtpUser,
        String smtpPassword,
        boolean smtpStartTls,
        String mailFrom,
        Path dataDir,
        String siteDomain,
        int apiRateLimit,
        int addressRateLimit,
        SessionTimeouts sessions,
        int signInPerAddress,
        int signInPerEmail,
        int invitesPerActor,
        TrustedProxies trustedProxies,
        String logFormat,
        String logLevel,
        boolean webhookAllowPrivate,
        int mailRetentionDays,
        int dbPoolSize,
        boolean migrateOnStart,
        Duration shutdownDelay,
        int emailWorkers,
        int webhookWorkers) {

    static final Set<String> KEYS = Set.of("PORTAL_PORT", "PORTAL_LISTEN_ADDRESS", "PORTAL_BASE_URL", "PORTAL_DB_URL", "PORTAL_DB_USER",
            "PORTAL_DB_PASSWORD", "PORTAL_SMTP_HOST", "PORTAL_SMTP_PORT", "PORTAL_SMTP_USER", "PORTAL_SMTP_PASSWORD",
            "PORTAL_SMTP_STARTTLS", "PORTAL_MAIL_FROM", "PORTAL_DATA_DIR", "PORTAL_SITE_DOMAIN",
            "PORTAL_API_RATE_LIMIT", "PORTAL_ADDRESS_RATE_LIMIT", "PORTAL_SESSION_IDLE_MINUTES",
            "PORTAL_SESSION_MAX_HOURS", "PORTAL_SIGN_IN_ADDRESS_LIMIT", "PORTAL_SIGN_IN_EMAIL_LIMIT",
            "PORTAL_INVITE_LIMIT", "PORTAL_TRUSTED_PROXIES", "PORTAL_LOG_FORMAT", "PORTAL_LOG_LEVEL", "PORTAL_WEBHOOK_ALLOW_PRIVATE",
            "PORTAL_MAIL_RETENTION_DAYS", "PORTAL_DB_POOL_SIZE", "PORTAL_MIGRATE_ON_START", "PORTAL_SHUTDOWN_DELAY_SECONDS",
            "PORTAL_DB_PASSWORD_FILE", "PORTAL_SMTP_PASSWORD_FILE", "PORTAL_EMAIL_WORKERS", "PORTAL_WEBHOOK_WORKERS");
    /** The keys that hold a secret; each also reads from the file that {@code KEY_FILE} names. */
    static final java.util.List<String> SECRET_KEYS = java.util.List.of("PORTAL_DB_PASSWORD", "PORTAL_SMTP_PASSWORD");
    /** V1: recipients the email lane sends to at once, each over an SMTP connection of its own ({@code PORTAL_EMAIL_WORKERS}). */
    static final int DEFAULT_EMAIL_WORKERS = 8;
    /** V3, V4: endpoints the webhook lane sends to at once ({@code PORTAL_WEBHOOK_WORKERS}). */
    static final int DEFAULT_WEBHOOK_WORKERS = 16;
    /** Connections of the request pool ({@code PORTAL_DB_POOL_SIZE}); the rate limits have their own few. */
    static final int DEFAULT_DB_POOL_SIZE = 10;
    /**
     * The longest {@code PORTAL_SHUTDOWN_DELAY_SECONDS}: with the requests' drain after it, a stop stays
     * within the 30 s an orchestrator grants by default.
     */
    static final int MAX_SHUTDOWN_DELAY_SECONDS = 10;
    /** Sign-in requests per connection address per 10 minutes ({@code PORTAL_SIGN_IN_ADDRESS_LIMIT}). */
    static final int DEFAULT_SIGN_IN_PER_ADDRESS = 20;
    /** Sign-in requests per email per 15 minutes ({@code PORTAL_SIGN_IN_EMAIL_LIMIT}). */
    static final int DEFAULT_SIGN_IN_PER_EMAIL = 5;
    /**
     * S6: contacts one actor (a contact in the portal, a partner through the API) adds per 10 minutes
     * ({@code PORTAL_INVITE_LIMIT}).
     */
    static final int DEFAULT_INVITES_PER_ACTOR = 100;
    /**
     * S7: days a sent or dead email keeps its subject and body before housekeeping forgets them
     * ({@code PORTAL_MAIL_RETENTION_DAYS}); the row itself goes after 400 days.
     */
    static final int DEFAULT_MAIL_RETENTION_DAYS = 90;
    static final Set<String> LOG_FORMATS = Set.of("text", "json");
    static final java.util.List<String> LOG_LEVELS = java.util.List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
    /**
     * Requests a second per API key, bursts of twice that ({@code PORTAL_API_RATE_LIMIT}). The
     * application always gives the web adapter its limits from here.
     */
    static final int DEFAULT_API_RATE_LIMIT = 100;
    /** Requests a second per connection address, bursts of twice that ({@code PORTAL_ADDRESS_RATE_LIMIT}). */
    static final int DEFAULT_ADDRESS_RATE_LIMIT = 200;

    /** The embedded default: H2 in the data directory. */
    boolean embedded() {
        return embedded(dbUrl);
    }

    private static boolean embedded(String dbUrl) {
        return dbUrl.startsWith("jdbc:h2:");
    }

    /** No SMTP server configured: emails are written as files in the data directory. */
    boolean fileMail() {
        return smtpHost == null;
    }

    /** The server listens on a loopback address only: nothing reaches it from another machine. */
    boolean listensOnLoopback() {
        return WebSettings.parseListenAddress(listenAddress).isLoopbackAddress();
    }

    /**
     * {@code /dev/mailbox} is served (S1): the embedded default with its file mail, listening on a
     * loopback address, since the mailbox shows everyone's sign-in links.
     */
    boolean devMailbox() {
        return embedded() && fileMail() && listensOnLoopback();
    }

    /** Where the server listens, as {@code 127.0.0.1:7070} or {@code [::]:7070}, for the given port. */
    String listening(int actualPort) {
        return (listenAddress.indexOf(':') >= 0 ? "[" + listenAddress + "]" : listenAddress) + ":" + actualPort;
    }

    Path mailDir() {
        return dataDir.resolve("mail");
    }

    /**
     * Reads the {@code --config} file if any, then the environment, which wins key by key (a secret
     * and its {@code _FILE} key count as one: either, set in the environment, replaces both of the
     * file's). A key set to blank in the environment counts as not set there.
     */
    static PortalConfig load(Map<String, String> environment, Path configFile) {
        Map<String, String> values = new HashMap<>();
        if (configFile != null) {
            Properties file = new Properties();
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new ConfigException("--config", "a readable properties file", configFile.toString());
            }
            for (String key : file.stringPropertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new ConfigException(key, "not a configuration key; known keys are PORTAL_*", null);
                }
                values.put(key, file.getProperty(key));
            }
        }
        Map<String, String> set = new HashMap<>();
        environment.forEach((k, v) -> {
            if (KEYS.contains(k) && v != null && !v.isBlank()) {
                set.put(k, v);
            }
        });
        for (String secret : SECRET_KEYS) {
            if (set.containsKey(secret) || set.containsKey(secret + "_FILE")) {
                values.remove(secret);
                values.remove(secret + "_FILE");
            }
        }
        values.putAll(set);
        return parse(values);
    }

    /**
     * The value of a secret key: given as it is, or read from the file its {@code _FILE} key names
     * (one trailing line break dropped), never both.
     */
    private static String secret(Map<String, String> v, String key) {
        String fileKey = key + "_FILE";
        String path = v.get(fileKey);
        if (path == null) {
            return v.get(key);
        }
        if (v.containsKey(key)) {
            throw new ConfigException(fileKey, "set either " + key + " or " + fileKey + ", not both", null);
        }
        String content;
        try {
            content = Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(fileKey, "a readable file holding the secret", path);
        }
        content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        if (content.isEmpty() || content.contains("\n")) {
            throw new ConfigException(fileKey, "a file holding the secret on one line", path);
        }
        return content;
    }

    static PortalConfig parse(Map<String, String> values) {
        Map<String, String> v = new HashMap<>();
        values.forEach((k, val) -> {
            if (val != null && !val.isBlank()) {
                v.put(k, val.strip());
            }
        });
        int port = integer(v, "PORTAL_PORT", 7070, 0, 65535);
        URI baseUrl = url(v.getOrDefault("PORTAL_BASE_URL", "http://localhost:" + port));
        Path dataDir = Path.of(v.getOrDefault("PORTAL_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String dbUrl = v.getOrDefault("PORTAL_DB_URL",
                "jdbc:h2:file:" + dataDir.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE");
        if (!embedded(dbUrl) && !dbUrl.startsWith("jdbc:postgresql://")) {
            throw new ConfigException("PORTAL_DB_URL", "jdbc:postgresql://host:port/database or jdbc:h2:...", dbUrl);
        }
        String smtpHost = v.get("PORTAL_SMTP_HOST");
        // S1: the embedded default's mailbox shows sign-in links, so it listens on this machine only by default
        String listenAddress = listenAddress(v.getOrDefault("PORTAL_LISTEN_ADDRESS",
                embedded(dbUrl) && smtpHost == null ? "127.0.0.1" : "0.0.0.0"));
        if (smtpHost != null && !smtpHost.matches("[A-Za-z0-9.-]+|\\[[0-9a-fA-F:.]+\\]")) {
            throw new ConfigException("PORTAL_SMTP_HOST", "a host name or address", smtpHost);
        }
        int smtpPort = integer(v, "PORTAL_SMTP_PORT", 25, 1, 65535);
        String from = v.getOrDefault("PORTAL_MAIL_FROM", "no-reply@partner-portal.local");
        try {
            EmailAddress.parse(from);
        } catch (RuntimeException e) {
            throw new ConfigException("PORTAL_MAIL_FROM", "an email address like portal@example.com", from);
        }
        String siteDomain = v.getOrDefault("PORTAL_SITE_DOMAIN", "atlassian.net").toLowerCase(Locale.ROOT);
        try {
            new SiteUrl("abc", siteDomain);
        } catch (RuntimeException e) {
            throw new ConfigException("PORTAL_SITE_DOMAIN", "a domain like atlassian.net", siteDomain);
        }
        int apiRate = integer(v, "PORTAL_API_RATE_LIMIT", DEFAULT_API_RATE_LIMIT, 1, 1_000_000);
        int addressRate = integer(v, "PORTAL_ADDRESS_RATE_LIMIT", DEFAULT_ADDRESS_RATE_LIMIT, 1, 1_000_000);
        int idleMinutes = integer(v, "PORTAL_SESSION_IDLE_MINUTES",
                (int) SessionTimeouts.DEFAULT.idle().toMinutes(), 1, 7 * 24 * 60);
        int maxHours = integer(v, "PORTAL_SESSION_MAX_HOURS", (int) SessionTimeouts.DEFAULT.absolute().toHours(), 1,
                31 * 24);
        if (Duration.ofHours(maxHours).compareTo(Duration.ofMinutes(idleMinutes)) < 0) {
            throw new ConfigException("PORTAL_SESSION_MAX_HOURS", "at least PORTAL_SESSION_IDLE_MINUTES",
                    Integer.toString(maxHours));
        }
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.parse(v.get("PORTAL_TRUSTED_PROXIES"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PORTAL_TRUSTED_PROXIES", "comma-separated CIDR ranges like 10.0.0.0/8, "
                    + "2001:db8::/32; " + e.getMessage(), null);
        }
        String logFormat = v.getOrDefault("PORTAL_LOG_FORMAT", "text").toLowerCase(Locale.ROOT);
        if (!LOG_FORMATS.contains(logFormat)) {
            throw new ConfigException("PORTAL_LOG_FORMAT", "text or json", v.get("PORTAL_LOG_FORMAT"));
        }
        String logLevel = v.getOrDefault("PORTAL_LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(logLevel)) {
            throw new ConfigException("PORTAL_LOG_LEVEL", "one of " + String.join(", ", LOG_LEVELS),
                    v.get("PORTAL_LOG_LEVEL"));
        }
        return new PortalConfig(port, listenAddress, baseUrl, dbUrl, v.getOrDefault("PORTAL_DB_USER", embedded(dbUrl)
                ? "sa" : null), secret(v, "PORTAL_DB_PASSWORD"), smtpHost, smtpPort, v.get("PORTAL_SMTP_USER"),
                secret(v, "PORTAL_SMTP_PASSWORD"), bool(v, "PORTAL_SMTP_STARTTLS"), from, dataDir, siteDomain, apiRate,
                addressRate, new SessionTimeouts(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours)),
                integer(v, "PORTAL_SIGN_IN_ADDRESS_LIMIT", DEFAULT_SIGN_IN_PER_ADDRESS, 1, 1_000_000),
                integer(v, "PORTAL_SIGN_IN_EMAIL_LIMIT", DEFAULT_SIGN_IN_PER_EMAIL, 1, 1_000_000),
                integer(v, "PORTAL_INVITE_LIMIT", DEFAULT_INVITES_PER_ACTOR, 1, 1_000_000), proxies, logFormat,
                logLevel, bool(v, "PORTAL_WEBHOOK_ALLOW_PRIVATE"),
                integer(v, "PORTAL_MAIL_RETENTION_DAYS", DEFAULT_MAIL_RETENTION_DAYS, 1, 365),
                integer(v, "PORTAL_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE, 1, 200),
                bool(v, "PORTAL_MIGRATE_ON_START", true),
                Duration.ofSeconds(integer(v, "PORTAL_SHUTDOWN_DELAY_SECONDS", 0, 0, MAX_SHUTDOWN_DELAY_SECONDS)),
                integer(v, "PORTAL_EMAIL_WORKERS", DEFAULT_EMAIL_WORKERS, 1, 64),
                integer(v, "PORTAL_WEBHOOK_WORKERS", DEFAULT_WEBHOOK_WORKERS, 1, 256));
    }

    private static int integer(Map<String, String> v, String key, int fallback, int min, int max) {
        String raw = v.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "a whole number from " + min + " to " + max, raw);
        }
    }

    /** An IP literal, as the web server binds it; {@code 0.0.0.0} or {@code ::} is every interface. */
    private static String listenAddress(String raw) {
        try {
            return WebSettings.parseListenAddress(raw).getHostAddress();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PORTAL_LISTEN_ADDRESS", "an IP address of this machine like 127.0.0.1, or"
                    + " 0.0.0.0 (or ::) for every interface", raw);
        }
    }

    private static boolean bool(Map<String, String> v, String key) {
        return bool(v, key, false);
    }

    private static boolean bool(Map<String, String> v, String key, boolean fallback) {
        String raw = v.getOrDefault(key, Boolean.toString(fallback));
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(key, "true or false", raw);
        };
    }

    private static URI url(String raw) {
        try {
            URI uri = new URI(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(raw, "not an http(s) URL");
            }
            String s = uri.toString();
            return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        } catch (URISyntaxException e) {
            throw new ConfigException("PORTAL_BASE_URL", "an http:// or https:// URL like https://portal.example.com",
                    raw);
        }
    }

    @Override
    public String toString() {
        return "port=" + port + ", listenAddress=" + listenAddress + ", baseUrl=" + baseUrl + ", dbUrl=" + dbUrl.replaceAll("(?i)(password=)[^&;]*", "$1****")
                + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword == null ? "none" : "****") + ", smtpHost=" + smtpHost
                + ", smtpPort=" + smtpPort + ", smtpUser=" + smtpUser + ", smtpPassword="
                + (smtpPassword == null ? "none" : "****") + ", smtpStartTls=" + smtpStartTls + ", mailFrom="
                + mailFrom + ", dataDir=" + dataDir + ", siteDomain=" + siteDomain + ", apiRateLimit=" + apiRateLimit
                + ", addressRateLimit=" + addressRateLimit + ", sessions=" + sessions + ", signInPerAddress="
                + signInPerAddress + ", signInPerEmail=" + signInPerEmail + ", invitesPerActor=" + invitesPerActor
                + ", trustedProxies=" + trustedProxies
                + ", logFormat=" + logFormat + ", logLevel=" + logLevel + ", mailRetentionDays=" + mailRetentionDays
                + ", dbPoolSize=" + dbPoolSize + ", migrateOnStart=" + migrateOnStart + ", shutdownDelay=" + shutdownDelay
                + ", emailWorkers=" + emailWorkers + ", webhookWorkers=" + webhookWorkers;
    }
}
