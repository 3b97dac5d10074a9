package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.adapters.web.WebSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * S6: a contact adding contacts in the portal is limited like sign-in requests, per contact
 * ({@code PORTAL_INVITE_LIMIT} per 10 minutes): beyond it the page answers 429 with
 * {@code Retry-After} in the visitor's language, and no one else is added or emailed.
 */
class PortalInviteLimitTest {
    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void S6_aContactAddingContactsBeyondTheLimitIsAnswered429AndNobodyIsAdded() {
        portal = TestPortal.start(s -> s.withInviteLimit(new WebSettings.RateLimit(2, Duration.ofMinutes(10))));
        PortalClient ken = portal.client();
        ken.signIn(KEN);
        String contacts = "/subscriptions/" + portal.s.jira.entitlementNumber() + "/contacts";
        for (int i = 0; i < 2; i++) {
            PortalClient.Reply added = ken.submit(ken.get(contacts + "?manage=true"), contacts,
                    Map.of("email", "guest" + i + "@example.jp", "name", "Guest", "locale", "en"));
            assertThat(added.status()).as(added.body()).isEqualTo(303);
        }
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply refused = ken.submit(ken.get(contacts + "?manage=true"), contacts,
                Map.of("email", "guest9@example.jp", "name", "Guest", "locale", "en"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
        assertThat(refused.body()).contains("You added many contacts in the last few minutes");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
        assertThat(ken.get(contacts).body()).doesNotContain("guest9@example.jp");

        portal.fx.clock.advance(Duration.ofMinutes(5));
        assertThat(ken.submit(ken.get(contacts + "?manage=true"), contacts,
                Map.of("email", "guest9@example.jp", "name", "Guest", "locale", "en")).status()).isEqualTo(303);
    }
}
