package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import org.junit.jupiter.api.Test;

/** {@code POST} (and preview) and {@code DELETE /api/v1/subscriptions/{en}/cancellation} (R4-R7). */
class CancellationApiTest extends ScenarioTest {

    private TestApi.Reply cancel(String subscriptionPath, String body) {
        return api.post(subscriptionPath + "/cancellation", s.key(), body);
    }

    @Test
    void aCancellationAnswersTheResultCascadeIncluded() {
        TestApi.Reply r = cancel(path(s.jira), "{\"when\":\"END_OF_TERM\",\"reason\":\"UNUSED\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(OrdersApiTest.names(r.json()))
                .containsExactly("subscription", "effectiveOn", "cancelled", "appsLosingHost", "kept");
        assertThat(r.json().path("effectiveOn").asText()).isEqualTo("2027-11-23");
        assertThat(r.json().path("subscription").path("cancellation").toString())
                .isEqualTo("{\"effectiveOn\":\"2027-11-23\",\"reason\":\"UNUSED\",\"requestedBy\":\"PARTNER\"}");
        assertThat(r.json().path("cancelled").get(0).path("entitlementNumber").asText())
                .isEqualTo(s.tempo.entitlementNumber());
    }

    @Test
    void aPreviewAnswersTheSameAsTheCancellationAndChangesNothing() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply preview = api.post(path(s.jira) + "/cancellation?preview=true", s.key(),
                "{\"when\":\"IMMEDIATE\"}");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(s.snapshot()).isEqualTo(before);
        assertThat(api.fx.delivered("ken@example.jp")).doesNotContain(NotificationType.CANCELLED);
        TestApi.Reply real = cancel(path(s.jira), "{\"when\":\"IMMEDIATE\"}");
        assertThat(real.body()).isEqualTo(preview.body());
        assertThat(api.fx.delivered("ken@example.jp")).contains(NotificationType.CANCELLED);
    }

    @Test
    void previewFalseIsTheRealCancellation() {
        TestApi.Reply r = api.post(path(s.jira) + "/cancellation?preview=false", s.key(), "{\"when\":\"IMMEDIATE\"}");

        assertThat(r.json().path("subscription").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get(path(s.jira), s.key()).json().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aPreviewIgnoresTheIdempotencyKeySoTheRealCancellationCanUseIt() {
        TestApi.Reply preview = api.request("POST", path(s.jira) + "/cancellation?preview=true").key(s.key())
                .idempotencyKey("cancel-jira").json("{\"when\":\"IMMEDIATE\"}").send();
        TestApi.Reply real = api.request("POST", path(s.jira) + "/cancellation").key(s.key())
                .idempotencyKey("cancel-jira").json("{\"when\":\"IMMEDIATE\"}").send();

        assertThat(preview.status()).isEqualTo(200);
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.header("Idempotent-Replayed")).isNull();
        assertThat(real.json().path("subscription").path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aPreviewFlagThatIsNotTrueOrFalseIsRefusedNamingPreview() {
        TestApi.Reply r = api.post(path(s.jira) + "/cancellation?preview=yes", s.key(), "{}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("preview");
    }

    @Test
    void aBadWhenOrReasonIsRefusedNamingTheField() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply when = cancel(path(s.jira), "{\"when\":\"TOMORROW\"}");
        TestApi.Reply reason = cancel(path(s.jira), "{\"reason\":\"BORED\"}");

        assertThat(when.fields()).containsExactly("when");
        assertThat(reason.fields()).containsExactly("reason");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void keepProductsOnAProductIsRefusedNamingKeepProducts() {
        TestApi.Reply r = cancel(path(s.jira), "{\"keepProducts\":[\"jira\"]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("keepProducts");
    }

    @Test
    void aCollectionKeepsTheProductsAskedFor() {
        TestApi.Reply r = cancel(path(s.collection), "{\"when\":\"END_OF_TERM\",\"keepProducts\":[\"jira\"]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("kept").get(0).path("product").path("code").asText()).isEqualTo("jira");
        assertThat(r.json().path("cancelled").size()).isEqualTo(3);
    }

    @Test
    void aProductTheCollectionDoesNotIncludeIsRefusedNamingKeepProducts() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = cancel(path(s.collection), "{\"keepProducts\":[\"jira-service-management\"]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("keepProducts");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void anIncludedProductIsNotCancelledAlone() {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = cancel(path(s.included), "{}");
        TestApi.Reply preview = api.post(path(s.included) + "/cancellation?preview=true", s.key(), "{}");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("INCLUDED_IN_COLLECTION");
        assertThat(preview.code()).isEqualTo("INCLUDED_IN_COLLECTION");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void cancellingAnotherPartnersSubscriptionIsNotFound() {
        assertThat(cancel(path(s.otherJira), "{}").status()).isEqualTo(404);
        assertThat(api.post(path(s.otherJira) + "/cancellation?preview=true", s.key(), "{}").status())
                .isEqualTo(404);
    }

    @Test
    void withdrawingAPendingCancellationAnswersTheSubscriptionWithoutOne() {
        cancel(path(s.jira), "{}");

        TestApi.Reply r = api.delete(path(s.jira) + "/cancellation", s.key());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("cancellation").isNull()).isTrue();
    }

    @Test
    void anEffectiveCancellationCannotBeWithdrawn() {
        cancel(path(s.jira), "{\"when\":\"IMMEDIATE\"}");
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.delete(path(s.jira) + "/cancellation", s.key());

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("CANCELLATION_EFFECTIVE");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void withdrawingOnAnotherPartnersSubscriptionIsNotFound() {
        assertThat(api.delete(path(s.otherJira) + "/cancellation", s.key()).status()).isEqualTo(404);
    }

    @Test
    void withdrawingWithABadEntitlementNumberIsRefusedNamingIt() {
        TestApi.Reply r = api.delete("/api/v1/subscriptions/nope/cancellation", s.key());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("entitlementNumber");
    }
}
