package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnerportal.core.testing.LocalPostgres;
import io.partnerportal.core.testing.Required;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7.4 O2, a rolling upgrade on PostgreSQL: the previous release (the newest {@code v*} tag
 * before this commit, built from its sources by {@code scripts/previous-release.sh}) serves alone,
 * this build's instances join with their migrations left to the {@code migrate} command (not ready
 * until it ran), and then both releases serve one database: what either orders, the other reads.
 */
class RollingUpgradeIT {
    private static final Path JAR = Path.of(System.getProperty("portal.jar", "target/partner-portal.jar"));
    private static final Path RELEASES = Path.of(System.getProperty("portal.previousReleases",
            "target/previous-release"));

    @TempDir
    Path dir;

    /** The previous release's name and jar, built once into {@link #RELEASES} (found by its tag, or by its commit). */
    private static List<String> previousRelease() throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "scripts", "previous-release.sh").toString(),
                RELEASES.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
        // the build of this checkout says where its project is; the previous release's build finds its own
        script.environment().keySet().removeIf(k -> k.startsWith("MAVEN_") && !k.equals("MAVEN_OPTS"));
        Process build = script.start();
        List<String> lines = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).isTrue();
        Required.require(build.exitValue() != 3, "no previous release to upgrade from: this checkout has neither a v* "
                + "tag before HEAD nor a release commit scripts/previous-release.sh lists");
        assertThat(build.exitValue()).as("the previous release builds from its sources").isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("v\\d+\\.\\d+\\.\\d+");
        assertThat(Path.of(lines.get(1))).isRegularFile();
        return lines;
    }

    private static Map<String, Object> order(String account, String site, String email) {
        return Map.of("billingAccountId", account, "product", "jira", "plan", "STANDARD", "billingCycle", "ANNUAL",
                "userTier", 10, "siteUrl", site + ".atlassian.net",
                "contacts", List.of(Map.of("email", email, "name", "Contact", "locale", "en")));
    }

    private static String ordered(PortalProcess via, String key, Map<String, Object> order) throws Exception {
        PortalProcess.Reply r = via.call("POST", "/api/v1/orders", key, order);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("subscriptions").get(0).get("entitlementNumber").asText();
    }

    private static List<String> listed(PortalProcess via, String key) throws Exception {
        PortalProcess.Reply r = via.call("GET", "/api/v1/subscriptions?limit=200", key, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        r.json().get("items").forEach(s -> numbers.add(s.get("entitlementNumber").asText()));
        return numbers;
    }

    @Test
    void O2_thePreviousReleaseKeepsServingBesideThisOneOnTheSchemaThisOneMigrated() throws Exception {
        List<String> previous = previousRelease();
        Path oldJar = Path.of(previous.get(1));
        try (LocalPostgres db = new LocalPostgres("portal_upgrade_")) {
            Map<String, String> env = Map.of("PORTAL_DB_URL", db.url(), "PORTAL_DB_USER", "postgres");
            Files.createDirectories(dir.resolve("old"));
            Files.createDirectories(dir.resolve("new"));
            try (PortalProcess old = PortalProcess.start(oldJar, dir.resolve("old"), env, "/health/ready")) {
                PortalProcess.Run partner = PortalProcess.run(oldJar, dir.resolve("old"), env, "partner", "create",
                        "--name", "Rolling Reseller", "--email", "billing@rolling.example");
                assertThat(partner.exit()).as(partner.err()).isZero();
                String key = partner.lastLine();
                PortalProcess.Reply account = old.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main"));
                assertThat(account.status()).as(account.body()).isEqualTo(201);
                String accountId = account.json().get("id").asText();
                String beforeUpgrade = ordered(old, key, order(accountId, "before-upgrade", "ken@rolling.example"));

                Map<String, String> next = new HashMap<>(env);
                next.put("PORTAL_MIGRATE_ON_START", "false");
                try (PortalProcess fresh = PortalProcess.start(JAR, dir.resolve("new"), next, "/health/live")) {
                    assertThat(fresh.status("/health/ready")).as("not ready before its migrations").isEqualTo(503);

                    PortalProcess.Run migrated = PortalProcess.run(JAR, dir.resolve("new"), env, "migrate");
                    assertThat(migrated.exit()).as(migrated.err()).isZero();
                    assertThat(migrated.lastLine()).startsWith("Migrated the schema from version ")
                            .contains(" to version 26 ");
                    fresh.await(() -> fresh.status("/health/ready") == 200, "became ready once migrated");
                    assertThat(old.status("/health/ready")).as("the previous release is still ready").isEqualTo(200);

                    // orders through both; each reads what the other wrote
                    String byOld = ordered(old, key, order(accountId, "by-old", "aiko@rolling.example"));
                    String byNew = ordered(fresh, key, order(accountId, "by-new", "ken@rolling.example"));
                    assertThat(listed(old, key)).contains(beforeUpgrade, byOld, byNew);
                    assertThat(listed(fresh, key)).contains(beforeUpgrade, byOld, byNew);
                    JsonNode seenByOld = old.call("GET", "/api/v1/subscriptions/" + byNew, key, null).json();
                    assertThat(seenByOld.get("status").asText()).isEqualTo("ACTIVE");
                    assertThat(seenByOld.get("site").asText()).isEqualTo("by-new.atlassian.net");

                    // a change through this release is read by the previous one, and the other way round
                    PortalProcess.Reply cancelled = fresh.call("POST", "/api/v1/subscriptions/" + byOld
                            + "/cancellation", key, Map.of("when", "END_OF_TERM"));
                    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
                    assertThat(old.call("GET", "/api/v1/subscriptions/" + byOld, key, null).json()
                            .get("cancellation").get("requestedBy").asText()).isEqualTo("PARTNER");
                    PortalProcess.Reply assigned = old.call("PUT", "/api/v1/subscriptions/" + byNew
                            + "/contacts/mei@rolling.example", key, Map.of("name", "Mei", "locale", "ja"));
                    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
                    List<String> contacts = new ArrayList<>();
                    fresh.call("GET", "/api/v1/subscriptions/" + byNew, key, null).json().get("contacts")
                            .forEach(c -> contacts.add(c.get("email").asText()));
                    assertThat(contacts).containsExactlyInAnyOrder("ken@rolling.example", "mei@rolling.example");
                    assertThat(fresh.stderr()).doesNotContain("Exception");
                }
                assertThat(old.stderr()).as("the previous release met nothing it could not handle")
                        .doesNotContain("Exception");
            }
        }
    }
}
