package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code PUT /api/v1/subscriptions/{en}/usage}. */
class UsageApiTest extends ScenarioTest {

    @Test
    void reportedActiveUsersShowOnTheSubscription() {
        TestApi.Reply r = api.put(path(s.jira) + "/usage", s.key(), "{\"activeUsers\":42}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("activeUsers").asInt()).isEqualTo(42);
        assertThat(api.get(path(s.jira), s.key()).json().path("activeUsers").asInt()).isEqualTo(42);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"activeUsers\":-1}", "{\"activeUsers\":\"42\"}", "{\"activeUsers\":4.2}",
            "{\"activeUsers\":null}", "{}", "{\"activeUsers\":10000001}"})
    void badActiveUsersAreRefusedNamingActiveUsers(String body) {
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.put(path(s.jira) + "/usage", s.key(), body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("activeUsers");
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void reportingOnAnotherPartnersSubscriptionIsNotFound() {
        assertThat(api.put(path(s.otherJira) + "/usage", s.key(), "{\"activeUsers\":1}").status()).isEqualTo(404);
    }
}
