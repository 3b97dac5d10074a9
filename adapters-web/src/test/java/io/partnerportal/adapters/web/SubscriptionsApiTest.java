package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/v1/subscriptions}, one subscription, and its history (R12, R14, R15). */
class SubscriptionsApiTest extends ScenarioTest {

    private List<String> numbers(TestApi.Reply r) {
        List<String> out = new ArrayList<>();
        r.json().path("items").forEach(i -> out.add(i.path("entitlementNumber").asText()));
        return out;
    }

    @Test
    void theListIsKeysetPaginatedWithNext() {
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            TestApi.Reply r = api.get("/api/v1/subscriptions?limit=3" + (next == null ? "" : "&cursor=" + next),
                    s.key());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().path("items").size()).isLessThanOrEqualTo(3);
            seen.addAll(numbers(r));
            next = r.json().path("next").isNull() ? null : r.json().path("next").asText();
        } while (next != null);

        assertThat(seen).hasSize(8).isSorted().doesNotHaveDuplicates()
                .doesNotContain(s.otherJira.entitlementNumber())
                .contains(s.jira.entitlementNumber(), s.tempo.entitlementNumber(), s.collection.entitlementNumber());
    }

    @Test
    void theListFiltersByBillingAccountAndStatus() {
        api.post("/api/v1/orders", s.key(), EveryRoute.order(s, "fresh").replace(s.account, s.account2));
        api.post(path(s.confluence) + "/cancellation", s.key(), "{\"when\":\"IMMEDIATE\"}");

        TestApi.Reply second = api.get("/api/v1/subscriptions?billingAccountId=" + s.account2, s.key());
        TestApi.Reply cancelled = api.get("/api/v1/subscriptions?status=CANCELLED", s.key());

        assertThat(second.json().path("items").size()).isEqualTo(1);
        assertThat(numbers(cancelled)).containsExactly(s.confluence.entitlementNumber());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=201", "limit=0", "limit=ten", "limit=2.5", "limit=99999999999", "cursor=nope",
            "status=DORMANT"})
    void badListParametersAreRefusedNamingTheParameter(String query) {
        TestApi.Reply r = api.get("/api/v1/subscriptions?" + query, s.key());

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly(query.substring(0, query.indexOf('=')));
    }

    @Test
    void anotherPartnersBillingAccountAsFilterIsRefusedNamingIt() {
        TestApi.Reply r = api.get("/api/v1/subscriptions?billingAccountId=" + s.otherAccount, s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("billingAccountId");
    }

    @Test
    void oneSubscriptionIsItsView() {
        TestApi.Reply r = api.get(path(s.jira), s.key());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("entitlementNumber").asText()).isEqualTo(s.jira.entitlementNumber());
        assertThat(r.json().path("apps").get(0).asText()).isEqualTo(s.tempo.entitlementNumber());
    }

    @Test
    void anEntitlementNumberIsAcceptedInLowerCase() {
        TestApi.Reply r = api.get("/api/v1/subscriptions/" + s.jira.entitlementNumber().toLowerCase(), s.key());

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void anotherPartnersSubscriptionIsNotFound() {
        TestApi.Reply mine = api.get(path(s.otherJira), s.key());
        TestApi.Reply unknown = api.get("/api/v1/subscriptions/E-000-000-000-000", s.key());

        assertThat(mine.status()).isEqualTo(404);
        assertThat(mine.code()).isEqualTo("NOT_FOUND");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(mine.json().path("title").asText()).isEqualTo(unknown.json().path("title").asText());
    }

    @Test
    void aBadEntitlementNumberIsRefusedNamingIt() {
        TestApi.Reply r = api.get("/api/v1/subscriptions/E-12", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("entitlementNumber");
    }

    @Test
    void theHistoryListsWhatHappenedNewestFirstPageByPage() {
        api.fx.clock.advance(Duration.ofMinutes(5));
        api.put(path(s.jira) + "/usage", s.key(), "{\"activeUsers\":12}");

        TestApi.Reply first = api.get(path(s.jira) + "/history?limit=1", s.key());
        TestApi.Reply second = api.get(path(s.jira) + "/history?limit=1&cursor=" + first.json().path("next").asText(),
                s.key());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(OrdersApiTest.names(first.json().path("items").get(0)))
                .containsExactly("entitlementNumber", "at", "actorKind", "actor", "action", "details");
        assertThat(first.json().path("items").get(0).path("action").asText()).isEqualTo("USAGE_REPORTED");
        assertThat(first.json().path("items").get(0).path("at").asText()).isEqualTo("2026-11-23T09:05:00Z");
        assertThat(second.json().path("items").get(0).path("action").asText()).isEqualTo("ORDERED");
    }

    @Test
    void anotherPartnersHistoryIsNotFound() {
        assertThat(api.get(path(s.otherJira) + "/history", s.key()).status()).isEqualTo(404);
    }

    @Test
    void aHistoryLimitOf0IsRefusedNamingLimit() {
        TestApi.Reply r = api.get(path(s.jira) + "/history?limit=0", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("limit");
    }
}
