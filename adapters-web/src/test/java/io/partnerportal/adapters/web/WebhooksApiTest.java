package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R20 and R21 through the partner API over the core's fakes (the sender records instead of POSTing). */
class WebhooksApiTest extends ScenarioTest {

    @Test
    void R20_registeringAnswers201WithTheSecretShownOnce() {
        TestApi.Reply r = api.post("/api/v1/webhook-endpoints", s.key(),
                "{\"url\":\"https://billing.acme.example/events\",\"events\":[\"cancellation.scheduled\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("secret").asText()).startsWith("whsec_");
        assertThat(r.json().path("events").get(0).asText()).isEqualTo("cancellation.scheduled");
        TestApi.Reply again = api.get("/api/v1/webhook-endpoints/" + r.json().path("id").asText(), s.key());
        assertThat(again.json().path("secret").isNull()).isTrue();
        assertThat(api.get("/api/v1/webhook-endpoints", s.key()).json().path("items")).hasSize(3);
    }

    @Test
    void R20_unsafeOrMalformedAddressesAre400NamingUrlAndNothingIsRegistered() {
        for (String url : List.of("http://127.0.0.1/x", "https://10.0.0.1/x", "https://[::1]/x", "https://localhost/x",
                "ftp://example.com/x", "https://user:pw@example.com/x", "")) {
            TestApi.Reply r = api.post("/api/v1/webhook-endpoints", s.key(), "{\"url\":\"" + url + "\"}");
            assertThat(r.status()).as(url + " " + r).isEqualTo(400);
            assertThat(r.fields()).as(url).containsExactly("url");
        }
        TestApi.Reply unknownType = api.post("/api/v1/webhook-endpoints", s.key(),
                "{\"url\":\"https://example.com/x\",\"events\":[\"nope\"]}");
        assertThat(unknownType.fields()).containsExactly("events");
        assertThat(api.get("/api/v1/webhook-endpoints", s.key()).json().path("items")).hasSize(2);
    }

    @Test
    void R15_anotherPartnersEndpointIsNotFound() {
        for (TestApi.Reply r : List.of(api.get(s.endpoint(s.endpoint), s.other.key()),
                api.delete(s.endpoint(s.endpoint), s.other.key()),
                api.request("POST", s.endpoint(s.endpoint) + "/secret").key(s.other.key()).send(),
                api.get(s.endpoint(s.endpoint) + "/deliveries", s.other.key()),
                api.request("POST", s.endpoint(s.endpoint) + "/deliveries/" + s.delivery + "/retry").key(s.other.key()).send())) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
        }
        assertThat(api.get(s.endpoint("not-an-id"), s.key()).fields()).containsExactly("id");
        assertThat(api.get("/api/v1/webhook-endpoints", s.other.key()).json().path("items")).isEmpty();
    }

    @Test
    void R20_rotatingShowsTheNewSecretAndWhenTheOldOneStopsSigning() {
        TestApi.Reply r = api.request("POST", s.endpoint(s.endpoint) + "/secret").key(s.key()).send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("secret").asText()).startsWith("whsec_");
        assertThat(r.json().path("previousSecretExpiresAt").asText())
                .isEqualTo(api.fx.clock.instant().plusSeconds(24 * 3600).toString());
    }

    @Test
    void R20_deliveriesAreListedNewestFirstAndDeletingTheEndpointDropsThem() {
        JsonNode items = api.get(s.endpoint(s.endpoint) + "/deliveries", s.key()).json().path("items");
        assertThat(items.size()).isGreaterThan(3);
        assertThat(items.get(0).path("id").asLong()).isGreaterThan(items.get(1).path("id").asLong());
        assertThat(items.get(items.size() - 1).path("eventType").asText()).isEqualTo("subscription.ordered");
        assertThat(items.get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(api.delete(s.endpoint(s.endpoint), s.key()).status()).isEqualTo(200);
        assertThat(api.get(s.endpoint(s.endpoint) + "/deliveries", s.key()).status()).isEqualTo(404);
    }

    @Test
    void R21_theFeedListsThePartnersEventsOldestFirstWithTheWebhooksBodies() {
        api.post(Scenario.subscription(s.jira) + "/cancellation", s.key(), "{\"when\":\"END_OF_TERM\"}");
        List<JsonNode> all = new ArrayList<>();
        String next = null;
        do {
            TestApi.Reply page = api.get("/api/v1/events?limit=2" + (next == null ? "" : "&after=" + next), s.key());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().path("items").forEach(all::add);
            next = page.json().path("next").isNull() ? null : page.json().path("next").asText();
        } while (next != null);
        assertThat(all.get(0).path("type").asText()).isEqualTo("subscription.ordered");
        assertThat(all.get(all.size() - 1).path("type").asText()).isEqualTo("cancellation.scheduled");
        assertThat(all).noneMatch(e -> e.toString().contains(s.otherJira.entitlementNumber()));
        JsonNode cancelled = all.get(all.size() - 1).path("data").path("subscriptions");
        assertThat(cancelled.findValuesAsText("entitlementNumber")).contains(s.jira.entitlementNumber(),
                s.tempo.entitlementNumber());

        TestApi.Reply filtered = api.get("/api/v1/events?type=cancellation.scheduled", s.key());
        assertThat(filtered.json().path("items")).hasSize(1);
        assertThat(api.get("/api/v1/events?type=nope&after=%25%25", s.key()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events?type=nope", s.key()).fields()).containsExactly("type");
    }
}
