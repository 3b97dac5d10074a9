package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.access.SessionTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalConfigTest {

    @Test
    void theDefaultsRunTheEmbeddedPortalOnPort7070() {
        PortalConfig c = PortalConfig.parse(Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.baseUrl()).hasToString("http://localhost:7070");
        assertThat(c.embedded()).isTrue();
        assertThat(c.fileMail()).isTrue();
        assertThat(c.dbUrl()).startsWith("jdbc:h2:file:").endsWith("portal;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(c.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(c.mailDir()).isEqualTo(c.dataDir().resolve("mail"));
        assertThat(c.siteDomain()).isEqualTo("atlassian.net");
        assertThat(c.apiRateLimit()).isEqualTo(100);
        assertThat(c.addressRateLimit()).isEqualTo(200);
    }

    @Test
    void S1_theEmbeddedDefaultWithItsMailboxListensOnLoopbackAndAnythingElseOnEveryInterface() {
        PortalConfig embedded = PortalConfig.parse(Map.of());
        assertThat(embedded.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(embedded.devMailbox()).isTrue();
        assertThat(embedded.listening(7070)).isEqualTo("127.0.0.1:7070");

        PortalConfig smtp = PortalConfig.parse(Map.of("PORTAL_SMTP_HOST", "mail.example.com"));
        assertThat(smtp.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(smtp.devMailbox()).isFalse();
        PortalConfig postgres = PortalConfig.parse(Map.of("PORTAL_DB_URL", "jdbc:postgresql://db:5432/portal"));
        assertThat(postgres.listenAddress()).isEqualTo("0.0.0.0");
        assertThat(postgres.devMailbox()).isFalse();

        PortalConfig everywhere = PortalConfig.parse(Map.of("PORTAL_LISTEN_ADDRESS", "0.0.0.0"));
        assertThat(everywhere.devMailbox()).as("the mailbox never leaves the machine").isFalse();
        assertThat(everywhere.fileMail()).isTrue();
        PortalConfig ipv6 = PortalConfig.parse(Map.of("PORTAL_LISTEN_ADDRESS", "[::1]"));
        assertThat(ipv6.devMailbox()).isTrue();
        assertThat(ipv6.listening(8080)).isEqualTo("[0:0:0:0:0:0:0:1]:8080");
        assertThat(PortalConfig.parse(Map.of("PORTAL_LISTEN_ADDRESS", "::")).devMailbox()).isFalse();
        assertThat(embedded.toString()).contains("listenAddress=127.0.0.1");
    }

    @Test
    void S6_contactsAddedPerActorAreLimitedTo100Per10MinutesUnlessConfigured() {
        assertThat(PortalConfig.parse(Map.of()).invitesPerActor()).isEqualTo(100);
        assertThat(PortalConfig.parse(Map.of("PORTAL_INVITE_LIMIT", "5")).invitesPerActor()).isEqualTo(5);
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_INVITE_LIMIT", "0")))
                .hasMessage("PORTAL_INVITE_LIMIT: a whole number from 1 to 1000000 (got '0')");
    }

    @Test
    void S1_aListenAddressIsAnIpLiteralNeverANameToLookUp() {
        for (String bad : new String[]{"localhost", "portal.example.com", "256.1.1.1", "127.0.0.1:7070", "*"}) {
            assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_LISTEN_ADDRESS", bad))).as(bad)
                    .hasMessage("PORTAL_LISTEN_ADDRESS: an IP address of this machine like 127.0.0.1, or 0.0.0.0 (or ::)"
                            + " for every interface (got '" + bad + "')");
        }
    }

    @Test
    void sessionsLastThirtyIdleMinutesAndTwelveHoursUnlessConfigured() {
        assertThat(PortalConfig.parse(Map.of()).sessions())
                .isEqualTo(new SessionTimeouts(Duration.ofMinutes(30), Duration.ofHours(12)));
        assertThat(PortalConfig.parse(Map.of("PORTAL_SESSION_IDLE_MINUTES", "10", "PORTAL_SESSION_MAX_HOURS", "2"))
                .sessions()).isEqualTo(new SessionTimeouts(Duration.ofMinutes(10), Duration.ofHours(2)));
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_SESSION_IDLE_MINUTES", "120",
                "PORTAL_SESSION_MAX_HOURS", "1"))).hasMessageStartingWith("PORTAL_SESSION_MAX_HOURS: at least");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_SESSION_IDLE_MINUTES", "0")))
                .hasMessageStartingWith("PORTAL_SESSION_IDLE_MINUTES: a whole number from 1");
    }

    @Test
    void postgresAndSmtpAreChosenByTheirKeys() {
        PortalConfig c = PortalConfig.parse(Map.of("PORTAL_DB_URL", "jdbc:postgresql://db:5432/portal",
                "PORTAL_DB_USER", "portal", "PORTAL_DB_PASSWORD", "s3cret", "PORTAL_SMTP_HOST", "mail.example.com",
                "PORTAL_SMTP_PORT", "587", "PORTAL_SMTP_STARTTLS", "true", "PORTAL_SMTP_PASSWORD", "mailpass",
                "PORTAL_BASE_URL", "https://portal.example.com/", "PORTAL_SITE_DOMAIN", "Sites.Example.JP"));
        assertThat(c.embedded()).isFalse();
        assertThat(c.fileMail()).isFalse();
        assertThat(c.smtpPort()).isEqualTo(587);
        assertThat(c.smtpStartTls()).isTrue();
        assertThat(c.baseUrl()).hasToString("https://portal.example.com");
        assertThat(c.siteDomain()).isEqualTo("sites.example.jp");
        assertThat(c.toString()).doesNotContain("s3cret").doesNotContain("mailpass").contains("****");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PORTAL_PORT|seventy|PORTAL_PORT: a whole number from 0 to 65535 (got 'seventy')",
            "PORTAL_PORT|70000|PORTAL_PORT: a whole number from 0 to 65535 (got '70000')",
            "PORTAL_BASE_URL|ftp://x|PORTAL_BASE_URL: an http:// or https:// URL",
            "PORTAL_DB_URL|jdbc:mysql://x/y|PORTAL_DB_URL: jdbc:postgresql://host:port/database or jdbc:h2:...",
            "PORTAL_SMTP_PORT|0|PORTAL_SMTP_PORT: a whole number from 1 to 65535",
            "PORTAL_SMTP_STARTTLS|maybe|PORTAL_SMTP_STARTTLS: true or false",
            "PORTAL_MAIL_FROM|not-an-email|PORTAL_MAIL_FROM: an email address",
            "PORTAL_SITE_DOMAIN|-bad-|PORTAL_SITE_DOMAIN: a domain like atlassian.net",
            "PORTAL_SMTP_HOST|mail host|PORTAL_SMTP_HOST: a host name or address",
            "PORTAL_API_RATE_LIMIT|0|PORTAL_API_RATE_LIMIT: a whole number from 1 to 1000000"})
    void aBadValueStopsStartUpWithOneLineNamingTheKey(String key, String value, String message) {
        assertThatThrownBy(() -> PortalConfig.parse(Map.of(key, value))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void O4_theEnvironmentWinsOverTheConfigFileAndUnknownKeysAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portal.properties");
        Files.writeString(file, "PORTAL_PORT=8081\nPORTAL_SITE_DOMAIN=example.jp\nPORTAL_API_RATE_LIMIT=50\n");
        PortalConfig c = PortalConfig.load(Map.of("PORTAL_PORT", "9090", "PORTAL_MAIL_FROM", "a@example.com",
                "PORTAL_API_RATE_LIMIT", " ", "PATH", "/usr/bin"), file);
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.siteDomain()).isEqualTo("example.jp");
        assertThat(c.mailFrom()).isEqualTo("a@example.com");
        assertThat(c.apiRateLimit()).as("a blank variable is not set").isEqualTo(50);
        Files.writeString(file, "PORTAL_PROT=8081\n");
        assertThatThrownBy(() -> PortalConfig.load(Map.of(), file)).hasMessageStartingWith("PORTAL_PROT:");
        assertThatThrownBy(() -> PortalConfig.load(Map.of(), dir.resolve("missing.properties")))
                .hasMessageStartingWith("--config:");
    }

    @Test
    void O4_everySecretKeyAlsoReadsFromAFile(@TempDir Path dir) throws Exception {
        Path db = Files.writeString(dir.resolve("db-password"), "s3cret\n");
        Path smtp = Files.writeString(dir.resolve("smtp-password"), "mail pass");
        PortalConfig c = PortalConfig.parse(Map.of("PORTAL_DB_URL", "jdbc:postgresql://db:5432/portal",
                "PORTAL_DB_PASSWORD_FILE", db.toString(), "PORTAL_SMTP_HOST", "mail.example.com",
                "PORTAL_SMTP_PASSWORD_FILE", smtp.toString()));
        assertThat(c.dbPassword()).isEqualTo("s3cret");
        assertThat(c.smtpPassword()).isEqualTo("mail pass");
        assertThat(c.toString()).doesNotContain("s3cret").doesNotContain("mail pass");

        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_DB_PASSWORD", "x", "PORTAL_DB_PASSWORD_FILE",
                db.toString()))).isInstanceOf(ConfigException.class).hasMessage(
                "PORTAL_DB_PASSWORD_FILE: set either PORTAL_DB_PASSWORD or PORTAL_DB_PASSWORD_FILE, not both");
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_SMTP_PASSWORD_FILE", missing.toString())))
                .hasMessage("PORTAL_SMTP_PASSWORD_FILE: a readable file holding the secret (got '" + missing + "')");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_DB_PASSWORD_FILE", empty.toString())))
                .hasMessageStartingWith("PORTAL_DB_PASSWORD_FILE: a file holding the secret on one line");

        // in the environment, a secret's file replaces the config file's secret, whichever key it used
        Path file = Files.writeString(dir.resolve("portal.properties"), "PORTAL_DB_PASSWORD=from-the-file\n");
        assertThat(PortalConfig.load(Map.of("PORTAL_DB_PASSWORD_FILE", db.toString()), file).dbPassword())
                .isEqualTo("s3cret");
        assertThat(PortalConfig.load(Map.of(), file).dbPassword()).isEqualTo("from-the-file");
    }

    @Test
    void O4_thePoolSizeMigrationsAtStartAndTheShutdownDelayAreKeys() {
        PortalConfig defaults = PortalConfig.parse(Map.of());
        assertThat(defaults.dbPoolSize()).isEqualTo(10);
        assertThat(Main.persistence(defaults).maximumPoolSize()).isEqualTo(10);
        assertThat(defaults.migrateOnStart()).isTrue();
        assertThat(defaults.shutdownDelay()).isZero();
        PortalConfig set = PortalConfig.parse(Map.of("PORTAL_DB_POOL_SIZE", "25", "PORTAL_MIGRATE_ON_START", "false",
                "PORTAL_SHUTDOWN_DELAY_SECONDS", "5"));
        assertThat(Main.persistence(set).maximumPoolSize()).isEqualTo(25);
        assertThat(set.migrateOnStart()).isFalse();
        assertThat(set.shutdownDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_DB_POOL_SIZE", "0")))
                .hasMessage("PORTAL_DB_POOL_SIZE: a whole number from 1 to 200 (got '0')");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_MIGRATE_ON_START", "later")))
                .hasMessage("PORTAL_MIGRATE_ON_START: true or false (got 'later')");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_SHUTDOWN_DELAY_SECONDS", "30")))
                .hasMessage("PORTAL_SHUTDOWN_DELAY_SECONDS: a whole number from 0 to 10 (got '30')");
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNotShown() {
        PortalConfig c = PortalConfig.parse(Map.of("PORTAL_DB_URL",
                "jdbc:postgresql://db/portal?user=portal&password=hunter2&ssl=true"));
        assertThat(c.toString()).doesNotContain("hunter2").contains("password=****");
    }

    @Test
    void trustedProxiesAreCidrRangesOfBothFamiliesAndNoneByDefault() {
        assertThat(PortalConfig.parse(Map.of()).trustedProxies().isEmpty()).isTrue();
        PortalConfig c = PortalConfig.parse(Map.of("PORTAL_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::/32,192.0.2.1"));
        assertThat(c.trustedProxies()).hasToString("10.0.0.0/8,2001:db8:0:0:0:0:0:0/32,192.0.2.1/32");
        assertThat(c.toString()).contains("trustedProxies=10.0.0.0/8");
    }

    @Test
    void aBadTrustedProxyRangeStopsStartUpWithOneLineNamingTheKey() {
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_TRUSTED_PROXIES", "10.0.0.0/8, 10.0.0.0/33")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("PORTAL_TRUSTED_PROXIES: comma-separated CIDR ranges")
                .hasMessageContaining("'10.0.0.0/33'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_TRUSTED_PROXIES", "proxy.internal")))
                .hasMessageStartingWith("PORTAL_TRUSTED_PROXIES:").hasMessageContaining("'proxy.internal'");
    }

    @Test
    void logsAreTextAtInfoUnlessAskedOtherwiseAndABadChoiceNamesItsKey() {
        PortalConfig defaults = PortalConfig.parse(Map.of());
        assertThat(defaults.logFormat()).isEqualTo("text");
        assertThat(defaults.logLevel()).isEqualTo("INFO");
        PortalConfig json = PortalConfig.parse(Map.of("PORTAL_LOG_FORMAT", "JSON", "PORTAL_LOG_LEVEL", "debug"));
        assertThat(json.logFormat()).isEqualTo("json");
        assertThat(json.logLevel()).isEqualTo("DEBUG");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_LOG_FORMAT", "xml")))
                .hasMessage("PORTAL_LOG_FORMAT: text or json (got 'xml')");
        assertThatThrownBy(() -> PortalConfig.parse(Map.of("PORTAL_LOG_LEVEL", "verbose")))
                .hasMessage("PORTAL_LOG_LEVEL: one of TRACE, DEBUG, INFO, WARN, ERROR (got 'verbose')");
    }
}
