package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/subscriptions/{en}/billing-account} (R9). */
class MoveApiTest extends ScenarioTest {

    private TestApi.Reply move(String subscriptionPath, String account) {
        return api.post(subscriptionPath + "/billing-account", s.key(), "{\"billingAccountId\":\"" + account + "\"}");
    }

    @Test
    void aMoveAnswersEverySubscriptionMovedAppsIncluded() {
        TestApi.Reply r = move(path(s.jira), s.account2);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> moved = new ArrayList<>();
        r.json().path("subscriptions").forEach(m -> {
            moved.add(m.path("entitlementNumber").asText());
            assertThat(m.path("billingAccountId").asText()).isEqualTo(s.account2);
        });
        assertThat(moved).containsExactly(s.jira.entitlementNumber(), s.tempo.entitlementNumber());
    }

    @Test
    void anotherPartnersBillingAccountIsRefusedNamingBillingAccountId() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = move(path(s.jira), s.otherAccount);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("billingAccountId");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void movingAnotherPartnersSubscriptionIsNotFound() {
        assertThat(move(path(s.otherJira), s.account2).status()).isEqualTo(404);
    }

    @Test
    void anIncludedProductDoesNotMoveAlone() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = move(path(s.included), s.account2);

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("INCLUDED_IN_COLLECTION");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void anAppDoesNotMoveAlone() {
        TestApi.Reply r = move(path(s.tempo), s.account2);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("APP_MOVES_WITH_ITS_HOSTS");
    }
}
