package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The changes a contact makes from the pages, without a browser: each posts, redirects to a page
 * that confirms it, and a refusal or a wrong field is shown on the page itself with nothing changed.
 */
class PortalChangesTest {
    private TestPortal portal;
    private PortalScenario s;
    private PortalClient ken;

    @BeforeEach
    void signIn() {
        portal = TestPortal.start();
        s = portal.s;
        ken = portal.client();
        ken.signIn(KEN);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String page(SubscriptionView v) {
        return "/subscriptions/" + v.entitlementNumber();
    }

    private CustomerPortal core() {
        return portal.fx.core.customerPortal();
    }

    private CustomerPortal.ViewSubscription view(SubscriptionView v) {
        return CustomerPortal.ViewSubscription.parse(portal.fx.person(KEN), v.entitlementNumber());
    }

    @Test
    void theCancelPageShowsWhatGoesWithItAndWhatStaysBeforeAnythingChanges() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        String preview = ken.get(page(s.jira) + "/cancel?when=IMMEDIATE").body();

        assertThat(preview).contains("Jira ends on November 23, 2026.");
        assertThat(preview.substring(preview.indexOf("Cancelled with it"), preview.indexOf("Apps that stay")))
                .contains("Tempo Timesheets").doesNotContain("ScriptRunner");
        assertThat(preview.substring(preview.indexOf("Apps that stay"))).contains("ScriptRunner");
        assertThat(preview).contains("<input type=\"hidden\" name=\"when\" value=\"IMMEDIATE\">");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void cancellingNowTakesEffectTodayAndSaysSo() {
        PortalClient.Reply done = ken.submit(ken.get(page(s.tempo) + "/cancel"), page(s.tempo) + "/cancel",
                Map.of("when", "IMMEDIATE", "reason", "UNUSED"));

        assertThat(done.location()).isEqualTo(page(s.tempo) + "?done=cancelled");
        assertThat(ken.get(done.location()).body()).contains("The subscription is cancelled.", "Inactive",
                "Cancelled on November 23, 2026 (Not used)");
    }

    @Test
    void anUnknownReasonIsShownOnTheCancelPageAndNothingIsCancelled() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/cancel"), page(s.jira) + "/cancel",
                Map.of("when", "END_OF_TERM", "reason", "BORED"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Choose one of the reasons.", "<h1>Cancel Jira</h1>");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void aCollectionAndAnIncludedProductCannotBeCancelledHere() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply details = ken.get(page(s.collection));
        PortalClient.Reply cancelPage = ken.get(page(s.included) + "/cancel");
        PortalClient.Reply posted = ken.submit(details, page(s.collection) + "/cancel", Map.of("when", "IMMEDIATE"));
        PortalClient.Reply withdraw = ken.submit(details, page(s.included) + "/withdraw", Map.of());

        assertThat(details.body()).contains("contact your billing partner, Acme (billing@acme.example)")
                .doesNotContain("/cancel\"");
        assertThat(cancelPage.status()).isEqualTo(409);
        assertThat(cancelPage.body()).contains("contact your billing partner").doesNotContain("Cancel subscription");
        assertThat(posted.status()).isEqualTo(409);
        assertThat(posted.body()).contains("A collection and its included products are cancelled by your billing");
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void aRefusedWithdrawalIsExplainedOnTheDetails() {
        core().cancel(CustomerPortal.Cancel.parse(portal.fx.person(KEN), s.jira.entitlementNumber(), "END_OF_TERM",
                null));

        PortalClient.Reply r = ken.submit(ken.get(page(s.tempo)), page(s.tempo) + "/withdraw", Map.of());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("<h1>Tempo Timesheets</h1>", "This app is cancelled with the product");
    }

    @Test
    void setUpOnASiteThatAlreadyHasTheProductIsRefusedOnThePage() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.jiraToSetUp) + "/setup"), page(s.jiraToSetUp) + "/setup",
                Map.of("existingSite", "acme.atlassian.net"));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("This site already has an active subscription of this product.",
                "Create a new site");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void aNewSiteNameTakenBySomebodyElseIsExplainedByItsOwnMessage() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.serviceManagement) + "/setup"),
                page(s.serviceManagement) + "/setup", Map.of("newSiteName", "other"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("This site name is taken; choose another.", "value=\"other\"")
                .doesNotContain("other.atlassian.net is taken");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void setUpOnAnOrganizationKenSees() {
        PortalClient.Reply r = ken.submit(ken.get(page(s.guardToSetUp) + "/setup"), page(s.guardToSetUp) + "/setup",
                Map.of("organization", "acme-org"));

        assertThat(r.location()).isEqualTo(page(s.guardToSetUp) + "?done=set-up");
        assertThat(core().details(view(s.guardToSetUp)).subscription().organization()).isEqualTo("acme-org");
        assertThat(ken.get(page(s.guardToSetUp) + "/setup").body()).contains("is set up on acme-org");
    }

    @Test
    void theLastContactCannotBeRemoved() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.tempo) + "/contacts?manage=true"),
                page(s.tempo) + "/contacts/remove", Map.of("email", KEN));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("A subscription always keeps at least one contact", "ken@example.jp");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void aContactIsAddedWithWhatWasTypedAndHtmlInANameStaysText() {
        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/contacts?manage=true"), page(s.jira) + "/contacts",
                Map.of("email", " Aiko@Example.JP ", "name", "<script>alert(1)</script>", "locale", "ja"));

        assertThat(r.location()).isEqualTo(page(s.jira) + "/contacts?manage=true&done=contact-added");
        String contacts = ken.get(r.location()).body();
        assertThat(contacts).contains("The contact is added.", "aiko@example.jp",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void aWrongContactIsShownAgainWithWhatWasTypedAndEachFieldsMessage() {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/contacts?manage=true"), page(s.jira) + "/contacts",
                Map.of("email", "aiko", "name", "", "locale", "fr"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("value=\"aiko\"", "Enter an email address like name@example.com",
                "Enter a name of one line", "Choose English or Japanese", "href=\"#email\"");
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void removingYourselfTakesYouBackToYourList() {
        PortalClient.Reply r = ken.submit(ken.get(page(s.jira) + "/contacts?manage=true"),
                page(s.jira) + "/contacts/remove", Map.of("email", KEN));

        assertThat(r.location()).isEqualTo("/subscriptions?done=removed-yourself");
        assertThat(ken.get(r.location()).body()).contains("You removed yourself from the subscription.");
        assertThat(ken.get(page(s.jira)).status()).isEqualTo(404);
    }

    @Test
    void removingYourselfFromAnAppYouStillSeeThroughItsHostKeepsYouOnItsContacts() {
        core().addContact(CustomerPortal.AddContact.parse(portal.fx.person(KEN), s.tempo.entitlementNumber(),
                "aiko@example.jp", "Aiko", "ja"));

        PortalClient.Reply r = ken.submit(ken.get(page(s.tempo) + "/contacts?manage=true"),
                page(s.tempo) + "/contacts/remove", Map.of("email", "KEN@example.jp"));

        assertThat(r.location()).isEqualTo(page(s.tempo) + "/contacts?manage=true&done=contact-removed");
        assertThat(ken.get(r.location()).body()).contains("aiko@example.jp").doesNotContain(KEN);
    }

    @Test
    void savingTheProfileInJapaneseSwitchesThePagesToJapanese() {
        PortalClient.Reply r = ken.submit(ken.get("/profile"), "/profile", Map.of("name", "健", "locale", "ja"));

        assertThat(r.location()).isEqualTo("/profile?done=profile-saved");
        assertThat(r.setCookie("lang")).startsWith("lang=ja;");
        assertThat(ken.get(r.location()).body()).contains("プロフィールを保存しました。", "value=\"健\"");
        assertThat(core().profile(portal.fx.person(KEN)).locale()).isEqualTo("ja");
    }
}
