package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.portal.CustomerPortal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms are protected against cross-site requests (SPEC §5.3): every change needs the page's
 * token and comes from the portal's own origin, or it is refused with 403 and changes nothing;
 * no page changes anything when it is only opened.
 */
class FormProtectionTest {
    private TestPortal portal;
    private PortalClient ken;

    /** A change a signed-in contact can post, with the page it is posted from. */
    record Change(String name, Function<PortalScenario, String> page, Function<PortalScenario, String> action,
                  Map<String, String> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Change> changes() {
        return List.of(
                new Change("cancel", s -> sub(s.jira) + "/cancel", s -> sub(s.jira) + "/cancel",
                        Map.of("when", "IMMEDIATE", "reason", "")),
                new Change("withdraw a cancellation", s -> sub(s.confluence), s -> sub(s.confluence) + "/withdraw",
                        Map.of()),
                new Change("set up", s -> sub(s.serviceManagement) + "/setup",
                        s -> sub(s.serviceManagement) + "/setup", Map.of("newSiteName", "fresh")),
                new Change("add a contact", s -> sub(s.jira) + "/contacts?manage=true",
                        s -> sub(s.jira) + "/contacts",
                        Map.of("email", "aiko@example.jp", "name", "Aiko", "locale", "ja")),
                new Change("remove a contact", s -> sub(s.jira) + "/contacts?manage=true",
                        s -> sub(s.jira) + "/contacts/remove", Map.of("email", PortalScenario.YUKI)),
                new Change("save the profile", s -> "/profile", s -> "/profile",
                        Map.of("name", "Mallory", "locale", "ja")),
                new Change("save email preferences", s -> "/profile", s -> "/profile/preferences",
                        Map.of("notifications", "CONTACT_ADDED")));
    }

    private static String sub(io.partnerportal.core.application.SubscriptionView v) {
        return "/subscriptions/" + v.entitlementNumber();
    }

    @BeforeEach
    void signIn() {
        portal = TestPortal.start(s -> s.withDevMailbox(true));
        // a pending cancellation, so that withdrawing it would change something
        portal.fx.core.customerPortal().cancel(CustomerPortal.Cancel.parse(portal.fx.person(KEN),
                portal.s.confluence.entitlementNumber(), "END_OF_TERM", null));
        ken = portal.client();
        ken.signIn(KEN);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private PortalClient.Reply post(Change c, String token) {
        Map<String, String> form = new HashMap<>(c.fields());
        if (token != null) {
            form.put("csrf", token);
        }
        return ken.post(c.action().apply(portal.s), form);
    }

    private String token(Change c) {
        return ken.get(c.page().apply(portal.s)).csrf();
    }

    private static void assertRefused(PortalClient.Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("This form was refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void withTheTokenFromThePortalItselfTheChangeIsMade(Change c) {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = ken.header("Origin", portal.base).post(c.action().apply(portal.s),
                withToken(c, token(c)));

        assertThat(r.status()).as(r.toString()).isEqualTo(303);
        assertThat(PortalSnapshot.of(portal)).isNotEqualTo(before);
    }

    private static Map<String, String> withToken(Change c, String token) {
        Map<String, String> form = new HashMap<>(c.fields());
        form.put("csrf", token);
        return form;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void withoutTheTokenTheFormIsRefusedAndNothingChanges(Change c) {
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = post(c, null);

        assertRefused(r);
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void withAWrongTokenTheFormIsRefusedAndNothingChanges(Change c) {
        String right = token(c);
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply r = post(c, right.substring(0, right.length() - 1) + (right.endsWith("A") ? "B" : "A"));

        assertRefused(r);
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheToken(Change c) {
        String token = token(c);
        PortalSnapshot before = PortalSnapshot.of(portal);

        PortalClient.Reply foreign = ken.header("Origin", "https://evil.example").post(c.action().apply(portal.s),
                withToken(c, token));
        PortalClient.Reply opaque = ken.header("Origin", "null").post(c.action().apply(portal.s), withToken(c, token));
        PortalClient.Reply otherPort = ken.header("Origin", "http://localhost:1").post(c.action().apply(portal.s),
                withToken(c, token));
        PortalClient.Reply referred = ken.withoutHeader("Origin").header("Referer", "https://evil.example/page")
                .post(c.action().apply(portal.s), withToken(c, token));

        assertRefused(foreign);
        assertRefused(opaque);
        assertRefused(otherPort);
        assertRefused(referred);
        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
    }

    @Test
    void signingOutNeedsTheTokenToo() {
        PortalClient.Reply r = ken.post("/logout", Map.of());

        assertRefused(r);
        assertThat(ken.get("/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void theSignInFormNeedsTheTokenOfItsCookie() {
        PortalClient stranger = portal.client();
        PortalClient.Reply page = stranger.get("/login");
        String token = page.csrf();

        PortalClient.Reply withoutField = stranger.post("/login", Map.of("email", KEN));
        PortalClient.Reply withoutCookie = portal.client().post("/login", Map.of("email", KEN, "csrf", token));
        PortalClient.Reply fromElsewhere = stranger.header("Origin", "https://evil.example").submit(page, "/login",
                Map.of("email", KEN));

        assertRefused(withoutField);
        assertRefused(withoutCookie);
        assertRefused(fromElsewhere);
        assertThat(portal.signInLinksSentTo(KEN)).isOne();
        assertThat(page.setCookie("portal_form")).contains("; HttpOnly", "; SameSite=Lax").contains(token);
    }

    @Test
    void theSignInButtonNeedsTheTokenOfItsCookieAndTheLinkStaysUsable() {
        PortalClient stranger = portal.client();
        stranger.submit(stranger.get("/login"), "/login", Map.of("email", KEN));
        String link = "/login/" + portal.signInToken(KEN);
        PortalClient.Reply page = stranger.get(link);

        PortalClient.Reply forged = portal.client().post(link, Map.of("csrf", page.csrf()));

        assertRefused(forged);
        assertThat(forged.setCookie("portal_session")).isNull();
        assertThat(stranger.submit(page, link, Map.of()).location()).isEqualTo("/subscriptions");
    }

    @Test
    void openingEveryPageChangesNothing() {
        PortalScenario s = portal.s;
        PortalClient visitor = portal.client();
        visitor.submit(visitor.get("/login"), "/login", Map.of("email", PortalScenario.YUKI));
        String unusedLink = "/login/" + portal.signInToken(PortalScenario.YUKI);
        PortalSnapshot before = PortalSnapshot.of(portal);
        List<String> pages = List.of("/", "/login", unusedLink, "/subscriptions", "/subscriptions?tab=inactive",
                "/subscriptions?tab=upcoming", sub(s.jira), sub(s.tempo), sub(s.collection), sub(s.included),
                sub(s.jira) + "/contacts", sub(s.jira) + "/contacts?manage=true", sub(s.jira) + "/apps",
                sub(s.jira) + "/history", sub(s.serviceManagement) + "/setup", sub(s.guardToSetUp) + "/setup",
                sub(s.jira) + "/cancel", sub(s.jira) + "/cancel?when=IMMEDIATE", sub(s.tempo) + "/cancel",
                sub(s.collection) + "/cancel", "/profile", "/dev/mailbox", "/language?lang=ja&back=/profile",
                sub(s.otherJira), "/nowhere");

        for (String page : pages) {
            assertThat(ken.get(page).status()).as(page).isIn(200, 303, 404, 409);
            assertThat(visitor.get(page).status()).as(page).isIn(200, 303, 404, 409);
        }
        PortalClient.Reply getOnAForm = ken.get(sub(s.confluence) + "/withdraw");
        PortalClient.Reply getOnSignOut = ken.get("/logout");

        assertThat(PortalSnapshot.of(portal)).isEqualTo(before);
        assertThat(getOnAForm.status()).isEqualTo(405);
        assertThat(getOnSignOut.status()).isEqualTo(405);
        assertThat(ken.get("/subscriptions").status()).isEqualTo(200);
        assertThat(visitor.submit(visitor.get(unusedLink), unusedLink, Map.of()).location())
                .isEqualTo("/subscriptions");
    }
}
