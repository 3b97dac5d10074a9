package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.partner.PartnerOperations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page, as the server sends it, is valid HTML for the Nu Html Checker — in both languages,
 * with its empty states, its forms shown again with errors, and the error pages. (The browser
 * tests check the pages again as a browser builds them, with axe-core.)
 */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtmlInBothLanguages() {
        PageCheckers checkers = PageCheckers.require();
        Map<String, String> pages = new LinkedHashMap<>();
        try (TestPortal portal = TestPortal.start(s -> s.withDevMailbox(true))) {
            PortalScenario s = portal.s;
            portal.fx.partners().assignContact(PartnerOperations.AssignContact.parse(s.acme,
                    s.jira.entitlementNumber(), new Contact.Form(PortalScenario.YUKI, "Yuki", "ja",
                            "VIEWER")));
            for (String lang : List.of("en", "ja")) {
                PortalClient visitor = portal.client().cookie("lang", lang);
                pages.put(lang + "-login", visitor.get("/login").body());
                pages.put(lang + "-login-invalid", visitor.submit(visitor.get("/login"), "/login",
                        Map.of("email", "not an email")).body());
                pages.put(lang + "-login-sent", visitor.get("/login?done=link-sent").body());
                pages.put(lang + "-link", visitor.get("/login/an-unknown-link-token").body());
                pages.put(lang + "-link-refused", visitor.submit(visitor.get("/login/an-unknown-link-token"),
                        "/login/an-unknown-link-token", Map.of()).body());
                pages.put(lang + "-forbidden", visitor.post("/login", Map.of("email", KEN)).body());
                pages.put(lang + "-mailbox", visitor.get("/dev/mailbox").body());

                PortalClient ken = portal.client().cookie("lang", lang);
                ken.signIn(KEN);
                for (String tab : List.of("active", "inactive", "upcoming")) {
                    pages.put(lang + "-list-" + tab, ken.get("/subscriptions?tab=" + tab).body());
                }
                pages.put(lang + "-list-search", ken.get("/subscriptions?tab=active&q=acme&product=jira&partner="
                        + s.acme).body());
                pages.put(lang + "-list-search-invalid", ken.get("/subscriptions?q=" + "x".repeat(101)
                        + "&partner=acme").body());
                for (SubscriptionView v : List.of(s.jira, s.tempo, s.collection, s.included, s.guard, s.loom, s.rovo,
                        s.serviceManagement)) {
                    String page = "/subscriptions/" + v.entitlementNumber();
                    pages.put(lang + "-details-" + v.product().code() + "-" + v.entitlementNumber(),
                            ken.get(page).body());
                }
                String jira = "/subscriptions/" + s.jira.entitlementNumber();
                pages.put(lang + "-contacts", ken.get(jira + "/contacts").body());
                pages.put(lang + "-contacts-manage", ken.get(jira + "/contacts?manage=true").body());
                pages.put(lang + "-contacts-invalid", ken.submit(ken.get(jira + "/contacts?manage=true"),
                        jira + "/contacts", Map.of("email", "x", "name", "", "locale", "fr")).body());
                pages.put(lang + "-apps", ken.get(jira + "/apps").body());
                pages.put(lang + "-apps-empty", ken.get("/subscriptions/" + s.serviceManagement.entitlementNumber()
                        + "/apps").body());
                pages.put(lang + "-history", ken.get(jira + "/history").body());
                pages.put(lang + "-cancel", ken.get(jira + "/cancel").body());
                pages.put(lang + "-cancel-now", ken.get(jira + "/cancel?when=IMMEDIATE").body());
                pages.put(lang + "-cancel-invalid", ken.submit(ken.get(jira + "/cancel"), jira + "/cancel",
                        Map.of("when", "END_OF_TERM", "reason", "BORED")).body());
                pages.put(lang + "-cancel-collection", ken.get("/subscriptions/" + s.collection.entitlementNumber()
                        + "/cancel").body());
                String jsm = "/subscriptions/" + s.serviceManagement.entitlementNumber();
                pages.put(lang + "-setup", ken.get(jsm + "/setup").body());
                pages.put(lang + "-setup-invalid", ken.submit(ken.get(jsm + "/setup"), jsm + "/setup",
                        Map.of("newSiteName", "-bad-")).body());
                String secondJira = "/subscriptions/" + s.jiraToSetUp.entitlementNumber();
                pages.put(lang + "-setup-refused", ken.submit(ken.get(secondJira + "/setup"), secondJira + "/setup",
                        Map.of("existingSite", "acme.atlassian.net")).body());
                String guard = "/subscriptions/" + s.guardToSetUp.entitlementNumber();
                pages.put(lang + "-setup-organization", ken.get(guard + "/setup").body());
                pages.put(lang + "-setup-done", ken.get(jira + "/setup").body());
                pages.put(lang + "-profile", ken.get("/profile").body());
                pages.put(lang + "-profile-invalid", ken.submit(ken.get("/profile"), "/profile",
                        Map.of("name", "", "locale", lang)).body());
                pages.put(lang + "-not-found", ken.get("/subscriptions/" + s.otherJira.entitlementNumber()).body());
                pages.put(lang + "-no-route", ken.get("/nowhere").body());
                pages.put(lang + "-method", ken.get("/logout").body());
                pages.put(lang + "-emails", ken.get("/emails").body());
                pages.put(lang + "-profile-preferences-invalid", ken.submit(ken.get("/profile"), "/profile/preferences",
                        Map.of("notifications", "WELCOME")).body());
                pages.put(lang + "-contacts-role-invalid", ken.submit(ken.get(jira + "/contacts?manage=true"),
                        jira + "/contacts", Map.of("email", "x@example.jp", "name", "X", "locale", lang, "role", "BOSS"))
                        .body());

                // R23: asking the billing partner, the forms again with errors, the lists
                String ask = jira + "/requests";
                String collectionAsk = "/subscriptions/" + s.collection.entitlementNumber() + "/requests";
                pages.put(lang + "-requests-" + (lang.equals("en") ? "empty" : "later"), ken.get("/requests").body());
                pages.put(lang + "-ask", ken.get(ask).body());
                pages.put(lang + "-ask-collection", ken.get(collectionAsk).body());
                pages.put(lang + "-ask-invalid", ken.submit(ken.get(ask), ask, Map.of("kind", "CHANGE",
                        "userTier", "many", "message", "x".repeat(1001))).body());
                pages.put(lang + "-ask-collection-invalid", ken.submit(ken.get(collectionAsk), collectionAsk,
                        Map.of("kind", "CANCEL_COLLECTION", "keepProducts", "tempo-timesheets")).body());
                ken.submit(ken.get(ask), ask, Map.of("kind", "OTHER", "message", "Call me <b>please</b>"));
                pages.put(lang + "-ask-sent", ken.get(ask + "?done=request-sent").body());
                pages.put(lang + "-requests", ken.get("/requests").body());
                pages.put(lang + "-details-with-requests", ken.get(jira).body());

                // R18: an unsubscribe link, before and after its button
                String unsubscribe = "/unsubscribe/" + new io.partnerportal.core.domain.notification.UnsubscribeToken(
                        portal.fx.person(KEN), io.partnerportal.core.domain.notification.NotificationType.CONTACT_ADDED)
                        .sign(portal.fx.storage.signingKeys().key("unsubscribe"));
                PortalClient stranger = portal.client().cookie("lang", lang);
                pages.put(lang + "-unsubscribe", stranger.get(unsubscribe).body());
                pages.put(lang + "-unsubscribed", stranger.post(unsubscribe, Map.of()).body());

                // R19: Yuki is a viewer of Jira
                PortalClient yuki = portal.client();
                yuki.signIn(PortalScenario.YUKI);
                yuki.cookie("lang", lang);
                pages.put(lang + "-details-viewer", yuki.get(jira).body());
                pages.put(lang + "-contacts-viewer", yuki.get(jira + "/contacts?manage=true").body());
                pages.put(lang + "-cancel-viewer", yuki.get(jira + "/cancel").body());
                pages.put(lang + "-ask-viewer", yuki.get(jira + "/requests").body());
            }
        }

        Map<String, List<String>> errors = checkers.htmlErrors(pages, Path.of("target/html-validity"));

        assertThat(pages).hasSize(2 * 57);
        assertThat(errors).as("errors of the Nu Html Checker, by page").isEmpty();
    }
}
