package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R18 on /profile: a box per optional email, checked while the person receives it. */
class PortalPreferencesTest {
    private TestPortal portal;
    private PortalClient ken;

    @BeforeEach
    void signIn() {
        portal = TestPortal.start();
        ken = portal.client();
        ken.signIn(KEN);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void R18_theProfileListsTheOptionalEmailsAllCheckedAtFirst() {
        String profile = ken.get("/profile?lang=en").body();

        assertThat(profile).contains("Email preferences", "A product was ordered for you",
                "You were added to a subscription", "are always sent")
                .contains("value=\"PRODUCT_ORDERED\" checked", "value=\"CONTACT_ADDED\" checked")
                .doesNotContain("value=\"WELCOME\"", "value=\"CANCELLED\"");
    }

    @Test
    void R18_uncheckingABoxSwitchesThatEmailOff() {
        PortalClient.Reply page = ken.get("/profile");
        PortalClient.Reply r = ken.submit(page, "/profile/preferences", Map.of("notifications", "CONTACT_ADDED"));

        assertThat(r.location()).isEqualTo("/profile?done=preferences-saved");
        assertThat(portal.fx.core.customerPortal().preferences(portal.fx.person(KEN))).containsExactlyInAnyOrder(
                NotificationType.PRODUCT_ORDERED, NotificationType.BILLING_ACCOUNT_CHANGED,
                NotificationType.SITE_MIGRATED, NotificationType.SUBSCRIPTION_CHANGED, NotificationType.CHANGE_SCHEDULED,
                NotificationType.RENEWAL_REMINDER, NotificationType.START_REMINDER, NotificationType.REQUEST_RESOLVED);
        String after = ken.get(r.location()).body();
        assertThat(after).contains("value=\"CONTACT_ADDED\" checked").doesNotContain("value=\"PRODUCT_ORDERED\" checked");
    }

    @Test
    void R18_anEmailThatIsAlwaysSentCannotBeNamedAndNothingChanges() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get("/profile"), "/profile/preferences",
                Map.of("notifications", "WELCOME"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(portal.fx.core.customerPortal().preferences(portal.fx.person(KEN))).isEmpty();
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }
}
