package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * S6: a partner assigning contacts through the API is limited like sign-in requests, per partner
 * ({@code PORTAL_INVITE_LIMIT} per 10 minutes): beyond it 429 with {@code Retry-After}, nothing
 * changed; its other routes and other partners go on. The clock moves; nothing sleeps.
 */
class InviteLimitTest {
    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void S6_aPartnerAssigningContactsBeyondTheLimitIsAnswered429AndNothingChanges() {
        api = TestApi.start(s -> s.withInviteLimit(new WebSettings.RateLimit(3, Duration.ofMinutes(10))));
        Scenario s = new Scenario(api);
        String jira = "/api/v1/subscriptions/" + s.jira.entitlementNumber();
        for (int i = 0; i < 3; i++) {
            TestApi.Reply r = api.put(jira + "/contacts/guest" + i + "@example.jp", s.key(),
                    "{\"name\":\"Guest\",\"locale\":\"en\"}");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        StorageSnapshot before = s.snapshot();

        TestApi.Reply refused = api.put(jira + "/contacts/guest9@example.jp", s.key(),
                "{\"name\":\"Guest\",\"locale\":\"en\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.json().path("detail").asText()).contains("Too many contacts assigned");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 200L);
        assertThat(s.snapshot()).isEqualTo(before);
        assertThat(api.get(jira, s.key()).status()).as("the partner's other routes go on").isEqualTo(200);
        assertThat(api.put("/api/v1/subscriptions/" + s.otherJira.entitlementNumber() + "/contacts/g@example.jp",
                s.other.key(), "{\"name\":\"G\",\"locale\":\"en\"}").status()).as("another partner's own limit")
                .isEqualTo(200);

        // 3 in 10 minutes: one more every 200 s
        api.fx.clock.advance(Duration.ofMinutes(4));
        assertThat(api.put(jira + "/contacts/guest9@example.jp", s.key(), "{\"name\":\"Guest\",\"locale\":\"en\"}")
                .status()).isEqualTo(200);
    }
}
