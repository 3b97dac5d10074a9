package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static io.partnerportal.adapters.web.portal.PortalScenario.YUKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R19 on the pages, without a browser: Yuki is a viewer of Jira, Ken its only manager. A viewer is
 * shown the subscription and the roles but no button that would change it, and a change posted
 * anyway is refused with nothing changed; a manager is offered only the removals the rules allow.
 */
class PortalRolesTest {
    private TestPortal portal;
    private PortalScenario s;
    private PortalClient ken;
    private PortalClient yuki;

    @BeforeEach
    void signIn() {
        portal = TestPortal.start();
        s = portal.s;
        portal.fx.partners().assignContact(PartnerOperations.AssignContact.parse(s.acme, s.jira.entitlementNumber(),
                new Contact.Form(YUKI, "Yuki", "ja", "VIEWER")));
        ken = portal.client();
        ken.signIn(KEN);
        yuki = portal.client();
        yuki.signIn(YUKI);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String page(SubscriptionView v) {
        return "/subscriptions/" + v.entitlementNumber();
    }

    @Test
    void R19_aViewerSeesTheDetailsAndTheirRoleButNoCancelSetUpOrManageButton() {
        // Yuki reads the pages in Japanese, her language
        String details = yuki.get(page(s.jira)).body();
        assertThat(details).contains("あなたの役割", "閲覧者", "閲覧者はこのサブスクリプションを表示できますが")
                .doesNotContain(page(s.jira) + "/cancel", page(s.jira) + "/withdraw", page(s.jira) + "/setup");

        String contacts = yuki.get(page(s.jira) + "/contacts?manage=true").body();
        assertThat(contacts).contains("役割", "管理者", "閲覧者", "閲覧者は連絡先を追加または削除できません。")
                .doesNotContain("連絡先を管理", "/contacts/remove", "add-heading", "name=\"role\"");
    }

    @Test
    void R19_aChangePostedByAViewerIsRefusedAndNothingChanges() {
        PortalSnapshot before = PortalSnapshot.of(portal);
        PortalClient.Reply page = yuki.get(page(s.jira));

        PortalClient.Reply cancel = yuki.submit(page, page(s.jira) + "/cancel", Map.of("when", "IMMEDIATE"));
        PortalClient.Reply add = yuki.submit(page, page(s.jira) + "/contacts",
                Map.of("email", "aiko@example.jp", "name", "Aiko", "locale", "ja", "role", "MANAGER"));
        PortalClient.Reply remove = yuki.submit(page, page(s.jira) + "/contacts/remove", Map.of("email", KEN));

        assertThat(cancel.status()).isEqualTo(409);
        assertThat(add.status()).isEqualTo(409);
        assertThat(remove.status()).isEqualTo(409);
        assertThat(add.body()).contains("あなたはこのサブスクリプションの閲覧者です");
        assertThat(yuki.get(page(s.jira) + "/cancel").body()).contains("あなたはこのサブスクリプションの閲覧者です");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void R19_theManagerIsOfferedToRemoveTheViewerButNotThemselvesTheOnlyManager() {
        String manage = ken.get(page(s.jira) + "/contacts?manage=true").body();

        assertThat(manage).contains("Remove Yuki").doesNotContain("Remove Ken");
    }

    @Test
    void R19_theAddContactFormPicksTheRole() {
        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/contacts?manage=true"), page(s.jira) + "/contacts",
                Map.of("email", "aiko@example.jp", "name", "Aiko", "locale", "ja", "role", "VIEWER"));

        assertThat(r.location()).isEqualTo(page(s.jira) + "/contacts?manage=true&done=contact-added");
        CustomerPortal.Contacts contacts = portal.fx.core.customerPortal().contacts(CustomerPortal.ViewSubscription
                .parse(portal.fx.person(KEN), s.jira.entitlementNumber()));
        assertThat(contacts.contacts()).filteredOn(c -> c.email().equals("aiko@example.jp"))
                .extracting(SubscriptionView.ContactView::role).containsExactly(ContactRole.VIEWER);
    }

    @Test
    void R19_aRoleThatIsNeitherIsShownOnTheFormAndNothingIsAdded() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/contacts?manage=true"), page(s.jira) + "/contacts",
                Map.of("email", "aiko@example.jp", "name", "Aiko", "locale", "ja", "role", "OWNER"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("href=\"#role\"");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }
}
