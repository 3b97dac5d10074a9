package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R16 through the partner API. */
class PlanChangesApiTest extends ScenarioTest {

    @Test
    void R16_anUpgradeAnswersTheChangedSubscriptionAndADowngradeItsPendingChange() {
        TestApi.Reply up = api.post(path(s.jira) + "/changes", s.key(), "{\"plan\":\"PREMIUM\",\"userTier\":100}");
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().path("plan").asText()).isEqualTo("PREMIUM");
        assertThat(up.json().path("userTier").asInt()).isEqualTo(100);
        assertThat(up.json().path("pendingChange").isNull()).isTrue();
        assertThat(api.get(path(s.tempo), s.key()).json().path("userTier").asInt()).as("the app follows its host")
                .isEqualTo(100);

        TestApi.Reply down = api.post(path(s.jira) + "/changes", s.key(), "{\"plan\":\"FREE\"}");
        assertThat(down.json().path("plan").asText()).isEqualTo("PREMIUM");
        assertThat(down.json().path("pendingChange").path("plan").asText()).isEqualTo("FREE");
        assertThat(down.json().path("pendingChange").path("effectiveOn").asText())
                .isEqualTo(down.json().path("billDate").asText());

        TestApi.Reply withdrawn = api.delete(path(s.jira) + "/changes", s.key());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("pendingChange").isNull()).isTrue();
    }

    @Test
    void R16_refusalsAnswer409WithTheirCodeAndBadInput400NamingTheField() {
        TestApi.Reply included = api.post(path(s.included) + "/changes", s.key(), "{\"plan\":\"PREMIUM\"}");
        assertThat(included.status()).isEqualTo(409);
        assertThat(included.code()).isEqualTo("INCLUDED_IN_COLLECTION");
        api.post(path(s.confluence) + "/cancellation", s.key(), "{\"when\":\"END_OF_TERM\"}");
        TestApi.Reply pending = api.post(path(s.confluence) + "/changes", s.key(), "{\"plan\":\"PREMIUM\"}");
        assertThat(pending.code()).isEqualTo("CANCELLATION_PENDING");
        assertThat(api.post(path(s.jira) + "/changes", s.key(), "{}").fields()).containsExactly("plan");
        assertThat(api.post(path(s.jira) + "/changes", s.key(), "{\"userTier\":\"5\"}").fields())
                .containsExactly("userTier");
        assertThat(api.post(path(s.tempo) + "/changes", s.key(), "{\"userTier\":5}").fields())
                .containsExactly("userTier");
        assertThat(api.post(path(s.otherJira) + "/changes", s.key(), "{\"plan\":\"PREMIUM\"}").status())
                .isEqualTo(404);
        assertThat(api.get(path(s.jira), s.key()).json().path("plan").asText()).isEqualTo("STANDARD");
    }
}
