package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/orders} (R12). */
class OrdersApiTest {
    private TestApi api;
    private Scenario s;

    @BeforeEach
    void start() {
        api = TestApi.start();
        s = new Scenario(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private TestApi.Reply order(String json) {
        return api.post("/api/v1/orders", s.key(), json);
    }

    private String jiraOn(String site, String extra) {
        return "{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"PREMIUM\","
                + "\"billingCycle\":\"MONTHLY\",\"userTier\":50,\"startDate\":\"2026-12-01\",\"siteUrl\":\"" + site
                + "\",\"contacts\":[{\"email\":\"Ken@Example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]" + extra + "}";
    }

    @Test
    void anOrderIs201WithTheSubscriptionInTheShapeOfSpec() {
        TestApi.Reply r = order(jiraOn("shop.atlassian.net", ""));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode sub = r.json().path("subscriptions").get(0);
        assertThat(names(r.json())).containsExactly("subscriptions");
        assertThat(names(sub)).containsExactly("entitlementNumber", "kind", "product", "plan", "billingCycle",
                "userTier", "activeUsers", "status", "startDate", "termStart", "billDate", "daysUntilRenewal",
                "daysUntilStart", "cancellation", "billingAccountId", "partner", "site", "organization", "collection",
                "includedProducts", "hosts", "apps", "contacts", "pendingChange");
        assertThat(sub.path("entitlementNumber").asText()).matches("E(-[0-9A-Z]{3}){4}");
        assertThat(sub.path("kind").asText()).isEqualTo("PRODUCT");
        assertThat(sub.path("product").toString()).isEqualTo("{\"code\":\"jira\",\"name\":\"Jira\"}");
        assertThat(sub.path("plan").asText()).isEqualTo("PREMIUM");
        assertThat(sub.path("billingCycle").asText()).isEqualTo("MONTHLY");
        assertThat(sub.path("userTier").isInt()).isTrue();
        assertThat(sub.path("activeUsers").isNull()).isTrue();
        assertThat(sub.path("status").asText()).isEqualTo("UPCOMING");
        assertThat(sub.path("startDate").asText()).isEqualTo("2026-12-01");
        assertThat(sub.path("termStart").asText()).isEqualTo("2026-12-01");
        assertThat(sub.path("billDate").asText()).isEqualTo("2027-01-01");
        assertThat(sub.path("daysUntilRenewal").isNull()).isTrue();
        assertThat(sub.path("daysUntilStart").asInt()).isEqualTo(8);
        assertThat(sub.path("cancellation").isNull()).isTrue();
        assertThat(sub.path("billingAccountId").asText()).isEqualTo(s.account);
        assertThat(sub.path("partner").path("id").asText()).isEqualTo(s.acme.id().toString());
        assertThat(sub.path("partner").path("name").asText()).isEqualTo("Acme");
        assertThat(sub.path("site").asText()).isEqualTo("shop.atlassian.net");
        assertThat(sub.path("organization").isNull()).isTrue();
        assertThat(sub.path("collection").isNull()).isTrue();
        assertThat(sub.path("includedProducts").isArray()).isTrue();
        assertThat(sub.path("contacts").toString())
                .isEqualTo("[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\",\"role\":\"MANAGER\"}]");
    }

    @Test
    void aCollectionOrderAnswersTheCollectionFirstThenItsIncludedProducts() {
        TestApi.Reply r = order("{\"billingAccountId\":\"" + s.account + "\",\"product\":\"teamwork-collection\","
                + "\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":10,\"siteUrl\":\"crew\","
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        List<String> kinds = new ArrayList<>();
        r.json().path("subscriptions").forEach(sub -> kinds.add(sub.path("kind").asText() + " "
                + sub.path("product").path("code").asText()));
        assertThat(kinds).containsExactly("COLLECTION teamwork-collection", "PRODUCT jira", "PRODUCT confluence",
                "PRODUCT loom", "PRODUCT rovo");
        String collection = r.json().path("subscriptions").get(0).path("entitlementNumber").asText();
        assertThat(r.json().path("subscriptions").get(1).path("collection").asText()).isEqualTo(collection);
    }

    @Test
    void anAppOrderNamesItsHosts() {
        TestApi.Reply r = order("{\"billingAccountId\":\"" + s.account + "\",\"product\":\"drawio\","
                + "\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":50,\"hostEntitlementNumbers\":[\""
                + s.confluence.entitlementNumber() + "\"],"
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("subscriptions").get(0).path("hosts").get(0).asText())
                .isEqualTo(s.confluence.entitlementNumber());
    }

    @Test
    void badValuesAreRefusedNamingEveryFieldAndNothingChanges() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = order("{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"GOLD\","
                + "\"billingCycle\":\"WEEKLY\",\"userTier\":0,\"startDate\":\"2026-13-01\",\"siteUrl\":\"-bad-\","
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"},"
                + "{\"email\":\"not an email\",\"name\":\"Yuki\",\"locale\":\"fr\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.fields()).contains("plan", "billingCycle", "userTier", "startDate", "siteUrl",
                "contacts[1].email", "contacts[1].locale");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void eachWrongFieldCarriesAMachineCodeBesideItsMessage() {
        TestApi.Reply r = order("{\"billingAccountId\":\"" + s.account + "\",\"product\":\"jira\",\"plan\":\"GOLD\","
                + "\"billingCycle\":\"ANNUAL\",\"userTier\":0,"
                + "\"contacts\":[{\"email\":\"not an email\",\"name\":\"Yuki\",\"locale\":\"ja\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        r.json().path("errors").forEach(e -> {
            assertThat(names(e)).containsExactly("field", "code", "message");
            codes.put(e.path("field").asText(), e.path("code").asText());
        });
        assertThat(codes).containsExactly(java.util.Map.entry("plan", "NOT_ONE_OF"),
                java.util.Map.entry("userTier", "OUT_OF_RANGE"), java.util.Map.entry("contacts[0].email", "MALFORMED"));
    }

    @Test
    void anUnknownProductIsRefusedNamingProduct() {
        TestApi.Reply r = order(jiraOn("shop", "").replace("\"jira\"", "\"jura\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("product");
    }

    @Test
    void anotherPartnersBillingAccountIsRefusedNamingBillingAccountId() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = order(jiraOn("shop", "").replace(s.account, s.otherAccount));

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("billingAccountId");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void anotherPartnersHostIsRefusedNamingTheHost() {
        TestApi.Reply r = order("{\"billingAccountId\":\"" + s.account + "\",\"product\":\"tempo-timesheets\","
                + "\"plan\":\"STANDARD\",\"billingCycle\":\"ANNUAL\",\"userTier\":50,\"hostEntitlementNumbers\":[\""
                + s.otherJira.entitlementNumber() + "\"],"
                + "\"contacts\":[{\"email\":\"ken@example.jp\",\"name\":\"Ken\",\"locale\":\"ja\"}]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("hostEntitlementNumbers[0]");
    }

    @Test
    void aSecondLiveJiraOnTheSameSiteIsRefused409AndNothingChanges() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = order(jiraOn("acme.atlassian.net", ""));

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("PRODUCT_ALREADY_ON_SITE");
        assertThat(r.json().path("type").asText()).isEqualTo("urn:partner-portal:problem:product-already-on-site");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyNamesEveryRequiredField() {
        TestApi.Reply r = api.request("POST", "/api/v1/orders").key(s.key()).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).contains("billingAccountId", "product", "plan", "billingCycle", "userTier",
                "contacts");
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
