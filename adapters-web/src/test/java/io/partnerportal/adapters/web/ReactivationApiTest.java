package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/support/subscriptions/{en}/reactivation} (R8): the support key only. */
class ReactivationApiTest extends ScenarioTest {
    private String supportKey;

    @BeforeEach
    void cancelJira() {
        supportKey = api.supportKey();
        api.post(path(s.jira) + "/cancellation", s.key(), "{\"when\":\"IMMEDIATE\"}");
    }

    private TestApi.Reply reactivate(String entitlementNumber, String body) {
        return api.post("/api/v1/support/subscriptions/" + entitlementNumber + "/reactivation", supportKey, body);
    }

    @Test
    void supportReactivatesACancelledSubscriptionWithANewTerm() {
        api.fx.clock.advanceDays(10);

        TestApi.Reply r = reactivate(s.jira.entitlementNumber(), "{\"includeApps\":true}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(r.json().path("termStart").asText()).isEqualTo("2026-12-03");
        assertThat(r.json().path("startDate").asText()).isEqualTo("2026-11-23");
        assertThat(api.get(path(s.tempo), s.key()).json().path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void withoutIncludeAppsTheAppsStayCancelled() {
        TestApi.Reply r = reactivate(s.jira.entitlementNumber(), "");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(api.get(path(s.tempo), s.key()).json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aSubscriptionThatIsNotCancelledIsRefused409() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = reactivate(s.confluence.entitlementNumber(), "{}");

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("NOT_CANCELLED");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownSubscriptionIsNotFound() {
        assertThat(reactivate("E-000-000-000-000", "{}").status()).isEqualTo(404);
    }

    @Test
    void aBadEntitlementNumberOrIncludeAppsIsRefusedNamingTheField() {
        assertThat(reactivate("E-0", "{}").fields()).containsExactly("entitlementNumber");
        assertThat(reactivate(s.jira.entitlementNumber(), "{\"includeApps\":1}").fields())
                .containsExactly("includeApps");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerAndAnotherRequestIsRefused() {
        String path = "/api/v1/support/subscriptions/" + s.jira.entitlementNumber() + "/reactivation";
        TestApi.Reply first = api.request("POST", path).key(supportKey).idempotencyKey("k1").json("{}").send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        StorageSnapshot after = s.snapshot();

        TestApi.Reply replay = api.request("POST", path).key(supportKey).idempotencyKey("k1").json("{}").send();
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(s.snapshot()).isEqualTo(after);

        TestApi.Reply other = api.request("POST", path).key(supportKey).idempotencyKey("k1")
                .json("{\"includeApps\":true}").send();
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(s.snapshot()).isEqualTo(after);
    }
}
