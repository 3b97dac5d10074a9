package io.partnerportal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.portal.CustomerPortal;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference product's scenarios through the real wiring: the embedded database, the partner
 * API over HTTP, the scheduled delivery loop, and a real SMTP server (GreenMail).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemScenarioTest {
    @TempDir
    static Path data;
    private GreenMail smtp;
    private RunningPortal portal;
    private String key;
    private String main;
    private String other;

    @BeforeAll
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        portal = new RunningPortal(Map.of("PORTAL_DATA_DIR", data.toString(), "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", Integer.toString(port)));
        key = portal.get(Administration.class).createPartner(new Administration.CreatePartner("System Reseller",
                "billing@system.example")).apiKey();
        main = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Main")).json().get("id").asText();
        other = portal.call("POST", "/api/v1/billing-accounts", key, Map.of("name", "Other")).json().get("id")
                .asText();
    }

    @AfterAll
    void stop() {
        portal.close();
        smtp.stop();
    }

    private JsonNode order(String product, String site, List<String> hosts, String... contacts) {
        List<Map<String, String>> people = new ArrayList<>();
        for (String c : contacts) {
            people.add(Map.of("email", c, "name", c.substring(0, c.indexOf('@')), "locale", "en"));
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of("billingAccountId", main, "product", product,
                "plan", "STANDARD", "billingCycle", "ANNUAL", "userTier", 10, "contacts", people));
        if (site != null) {
            body.put("siteUrl", site + ".atlassian.net");
        }
        if (hosts != null) {
            body.put("hostEntitlementNumbers", hosts);
        }
        RunningPortal.Reply r = portal.call("POST", "/api/v1/orders", key, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("subscriptions");
    }

    /** The types of the emails {@code email} received, in the order they arrived, once {@code count} did. */
    private List<String> received(String email, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> types;
        do {
            types = new ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessagesForDomain(email)) {
                try {
                    if (m.getAllRecipients()[0].toString().contains(email)) {
                        types.add(m.getHeader("X-Notification-Type")[0]);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            if (types.size() >= count) {
                return types;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        } while (System.nanoTime() < deadline);
        return types;
    }

    private String status(String en) {
        return portal.call("GET", "/api/v1/subscriptions/" + en, key, null).json().get("status").asText();
    }

    @Test
    void aNewContactGetsWelcomeThenProductOrdered() {
        order("jira", "system-one", null, "first@system.example");
        assertThat(received("first@system.example", 2)).containsExactly("WELCOME", "PRODUCT_ORDERED");
    }

    @Test
    void aMoveIsToldToTheMovedSubscriptionsContacts() {
        String jira = order("jira", "system-move", null, "mover@system.example").get(0).get("entitlementNumber")
                .asText();
        RunningPortal.Reply moved = portal.call("POST", "/api/v1/subscriptions/" + jira + "/billing-account", key,
                Map.of("billingAccountId", other));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(received("mover@system.example", 3)).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "BILLING_ACCOUNT_CHANGED");
    }

    @Test
    void siteMigratedGoesOnlyToContactsForWhomItIsTheFirstMigratedSite() {
        order("jira", "system-old", null, "veteran@system.example");
        portal.call("POST", "/api/v1/sites/system-old.atlassian.net/new-billing-migration", key, null);
        order("confluence", "system-new", null, "veteran@system.example", "newbie@system.example");
        RunningPortal.Reply m = portal.call("POST", "/api/v1/sites/system-new.atlassian.net/new-billing-migration",
                key, null);
        assertThat(m.status()).as(m.body()).isEqualTo(200);
        assertThat(received("newbie@system.example", 3)).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "SITE_MIGRATED");
        assertThat(received("veteran@system.example", 4)).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "SITE_MIGRATED", "PRODUCT_ORDERED");
    }

    @Test
    void cancellingACollectionKeepingTwoProductsCancelsTheOthersWithTheirApps() {
        JsonNode created = order("teamwork-collection", "system-team", null, "team@system.example");
        String collection = created.get(0).get("entitlementNumber").asText();
        String jira = created.get(1).get("entitlementNumber").asText();
        String confluence = created.get(2).get("entitlementNumber").asText();
        String loom = created.get(3).get("entitlementNumber").asText();
        String rovo = created.get(4).get("entitlementNumber").asText();
        String appOnConfluence = order("drawio", null, List.of(confluence), "app@system.example").get(0)
                .get("entitlementNumber").asText();
        String appOnJira = order("tempo-timesheets", null, List.of(jira), "app@system.example").get(0)
                .get("entitlementNumber").asText();

        RunningPortal.Reply r = portal.call("POST", "/api/v1/subscriptions/" + collection + "/cancellation", key,
                Map.of("when", "IMMEDIATE", "keepProducts", List.of("jira", "loom")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(status(collection)).isEqualTo("CANCELLED");
        assertThat(status(confluence)).isEqualTo("CANCELLED");
        assertThat(status(rovo)).isEqualTo("CANCELLED");
        assertThat(status(appOnConfluence)).isEqualTo("CANCELLED");
        for (String kept : List.of(jira, loom)) {
            JsonNode v = portal.call("GET", "/api/v1/subscriptions/" + kept, key, null).json();
            assertThat(v.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(v.get("collection").isNull()).isTrue();
        }
        assertThat(status(appOnJira)).isEqualTo("ACTIVE");
        assertThat(received("team@system.example", 3)).containsExactly("WELCOME", "PRODUCT_ORDERED", "CANCELLED");
        assertThat(received("app@system.example", 4)).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "PRODUCT_ORDERED", "CANCELLED");
    }

    @Test
    void aContactCancellingAProductCancelsItsSingleHostAppsAndEveryContactIsTold() {
        String jira = order("jira", "system-cancel", null, "owner@system.example", "colleague@system.example")
                .get(0).get("entitlementNumber").asText();
        String confluence = order("confluence", "system-cancel", null, "owner@system.example").get(0)
                .get("entitlementNumber").asText();
        String single = order("tempo-timesheets", null, List.of(jira), "tempo@system.example").get(0)
                .get("entitlementNumber").asText();
        String both = order("drawio", null, List.of(jira, confluence), "drawio@system.example").get(0)
                .get("entitlementNumber").asText();
        var owner = portal.get(Storage.class).people().findByEmail(EmailAddress.parse("owner@system.example"))
                .orElseThrow().id();

        var result = portal.get(CustomerPortal.class).cancel(CustomerPortal.Cancel.parse(owner, jira, "IMMEDIATE",
                "UNUSED"));
        assertThat(result.cancelled()).extracting(v -> v.entitlementNumber()).containsExactly(single);
        assertThat(result.appsLosingHost()).containsExactly(both);
        assertThat(status(single)).isEqualTo("CANCELLED");
        assertThat(status(both)).isEqualTo("ACTIVE");
        assertThat(received("owner@system.example", 4)).containsExactly("WELCOME", "PRODUCT_ORDERED",
                "PRODUCT_ORDERED", "CANCELLED");
        for (String contact : List.of("colleague@system.example", "tempo@system.example", "drawio@system.example")) {
            assertThat(received(contact, 3)).as(contact).containsExactly("WELCOME", "PRODUCT_ORDERED", "CANCELLED");
        }
    }
}
