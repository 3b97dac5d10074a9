package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.adapters.web.WebPorts;
import io.partnerportal.core.domain.error.UnavailableException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.port.out.SentMailArchive.ArchivedMail;
import io.partnerportal.core.portal.CustomerPortal;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a customer notices on the pages themselves: friendly errors (404 for what is not theirs, no
 * stack trace ever), their language, pages of 50, the headers every page carries, and the
 * developer mailbox only when it is switched on.
 */
class PortalPagesTest {
    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    private PortalClient ken() {
        PortalClient c = portal.client();
        c.signIn(KEN);
        return c;
    }

    private static void assertErrorPage(PortalClient.Reply r, int status, String heading) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("<h1>" + heading + "</h1>")
                .doesNotContain("Exception", "\tat ", "io.partnerportal", "java.");
    }

    @Test
    void aSubscriptionOfSomebodyElseIsNotFoundLikeOneThatDoesNotExist() {
        portal = TestPortal.start();
        PortalClient ken = ken();
        String theirs = "/subscriptions/" + portal.s.otherJira.entitlementNumber();

        for (String page : List.of(theirs, theirs + "/contacts", theirs + "/apps", theirs + "/history",
                theirs + "/setup", theirs + "/cancel", "/subscriptions/E-000-000-000-000", "/subscriptions/nonsense",
                "/nowhere")) {
            assertErrorPage(ken.get(page), 404, "Page not found");
        }
        PortalClient.Reply cancelTheirs = ken.submit(ken.get("/subscriptions"), theirs + "/cancel",
                Map.of("when", "IMMEDIATE"));
        assertErrorPage(cancelTheirs, 404, "Page not found");
    }

    @Test
    void R16_theDetailsPageShowsThePendingChange() {
        portal = TestPortal.start();
        portal.fx.partners().changePlan(io.partnerportal.core.partner.PartnerOperations.ChangePlan.parse(
                portal.s.acme, portal.s.jira.entitlementNumber(), "FREE", 10, null, null));
        PortalClient ken = ken();
        PortalClient.Reply details = ken.get("/subscriptions/" + portal.s.jira.entitlementNumber());
        assertThat(details.body()).contains("Changes to Free, 10 users, Annual billing, on");
        PortalClient.Reply ja = ken.get("/language?lang=ja&back=/subscriptions/" + portal.s.jira.entitlementNumber());
        assertThat(ken.get("/subscriptions/" + portal.s.jira.entitlementNumber()).body()).contains("10 ユーザー");
        assertThat(ja.status()).isLessThan(400);
    }

    @Test
    void aPageOfTheApiStaysJson() {
        portal = TestPortal.start();

        PortalClient.Reply r = portal.client().get("/api/v1/nowhere");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageAndNothingOfIt() {
        portal = TestPortal.start(withPortal(failing(new IllegalStateException(
                "connection to db.internal:5432 refused"))), UnaryOperator.identity());
        PortalClient ken = ken();

        PortalClient.Reply r = ken.get("/subscriptions");

        assertErrorPage(r, 500, "Something went wrong");
        assertThat(r.body()).doesNotContain("db.internal", "IllegalState").contains("Sign out");
    }

    @Test
    void anUnavailableDatabaseShowsATryAgainPage() {
        portal = TestPortal.start(withPortal(failing(new UnavailableException("pool exhausted at db.internal",
                null))), UnaryOperator.identity());
        PortalClient ken = ken();

        PortalClient.Reply r = ken.get("/subscriptions");

        assertErrorPage(r, 503, "The portal is unavailable");
        assertThat(r.header("Retry-After")).isEqualTo("30");
        assertThat(r.body()).doesNotContain("db.internal");
    }

    @Test
    void aSignInRequestWhileTheDatabaseIsDownGetsATryAgainPageWithRetryAfter() {
        portal = TestPortal.start(p -> new WebPorts(p.partnerOperations(), p.supportOperations(),
                p.apiAuthentication(), p.idempotency(), p.customerPortal(),
                (io.partnerportal.core.signin.SignIn) Proxy.newProxyInstance(PortalPagesTest.class.getClassLoader(),
                        new Class<?>[]{io.partnerportal.core.signin.SignIn.class}, (proxy, method, args) -> {
                            throw new UnavailableException("pool exhausted", null);
                        }), p.devMailbox(), p.partnerIntegrations()), UnaryOperator.identity());
        PortalClient c = portal.client();

        PortalClient.Reply r = c.submit(c.get("/login"), "/login", java.util.Map.of("email", "ken@example.jp"));

        assertErrorPage(r, 503, "The portal is unavailable");
        assertThat(r.header("Retry-After")).isEqualTo("30");
    }

    private static UnaryOperator<WebPorts> withPortal(CustomerPortal portal) {
        return p -> new WebPorts(p.partnerOperations(), p.supportOperations(), p.apiAuthentication(),
                p.idempotency(), portal, p.signIn(), p.devMailbox(), p.partnerIntegrations());
    }

    private static CustomerPortal failing(RuntimeException failure) {
        return (CustomerPortal) Proxy.newProxyInstance(PortalPagesTest.class.getClassLoader(),
                new Class<?>[]{CustomerPortal.class}, (proxy, method, args) -> {
                    throw failure;
                });
    }

    @Test
    void tooManyRequestsFromOneAddressGetAPageThatSaysWhenToComeBack() {
        portal = TestPortal.start(s -> s.withRateLimits(TestPortal.UNLIMITED,
                new io.partnerportal.adapters.web.WebSettings.RateLimit(2, java.time.Duration.ofMinutes(1))));
        PortalClient c = portal.client();
        c.get("/login");
        c.get("/login");

        PortalClient.Reply r = c.get("/login");

        assertErrorPage(r, 429, "Too many requests");
        assertThat(r.header("Retry-After")).isEqualTo("30");
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        portal = TestPortal.start();
        PortalClient stranger = portal.client();

        assertThat(stranger.get("/").location()).isEqualTo("/login");
        assertThat(stranger.get("/subscriptions").location()).isEqualTo("/login");
        assertThat(stranger.get("/profile").location()).isEqualTo("/login");
        assertThat(stranger.get("/login").status()).isEqualTo(200);
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndCannotBeFramed() {
        portal = TestPortal.start();
        PortalClient ken = ken();

        for (PortalClient.Reply r : List.of(ken.get("/subscriptions"), portal.client().get("/login"),
                ken.get("/nowhere"))) {
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(r.body()).doesNotContain("<script", "style=").doesNotContainPattern(" on[a-z]+=");
        }
        PortalClient.Reply css = portal.client().get("/assets/portal.css");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void thePagesAreInJapaneseWhenTheBrowserPrefersIt() {
        portal = TestPortal.start();

        PortalClient.Reply japanese = portal.client().header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")
                .get("/login");
        PortalClient.Reply english = portal.client().header("Accept-Language", "fr-FR,en;q=0.8,ja;q=0.5")
                .get("/login");
        PortalClient.Reply neither = portal.client().header("Accept-Language", "fr").get("/login");

        assertThat(japanese.body()).contains("<html lang=\"ja\">", "<h1>サインイン</h1>");
        assertThat(english.body()).contains("<html lang=\"en\">", "<h1>Sign in</h1>");
        assertThat(neither.body()).contains("<html lang=\"en\">");
    }

    @Test
    void theLanguageSwitchIsRememberedAndGoesBackToThePage() {
        portal = TestPortal.start();
        PortalClient ken = ken();
        String details = "/subscriptions/" + portal.s.jira.entitlementNumber();

        PortalClient.Reply switched = ken.get("/language?lang=ja&back=" + details);

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo(details);
        assertThat(switched.setCookie("lang")).startsWith("lang=ja;").contains("Max-Age=31536000");
        String page = ken.get(details).body();
        assertThat(page).contains("<html lang=\"ja\">", "エンタイトルメント番号", "2027年11月23日");
        assertThat(ken.get("/profile").body()).contains("プロフィール");
    }

    @Test
    void theLanguageSwitchNeverLeavesThePortal() {
        portal = TestPortal.start();
        PortalClient c = portal.client();

        for (String back : List.of("//evil.example/x", "https://evil.example", "/\\evil.example", "evil",
                "/%0d%0aSet-Cookie:x=y", "")) {
            PortalClient.Reply r = c.get("/language?lang=en&back=" + java.net.URLEncoder.encode(back,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.location()).as(back).startsWith("/").doesNotStartWith("//");
            if (!back.startsWith("/%")) {
                assertThat(r.location()).as(back).isEqualTo("/subscriptions");
            }
        }
        assertThat(c.get("/language?lang=fr&back=/login").status()).isEqualTo(400);
    }

    @Test
    void datesAndNumbersAreWrittenTheLocaleWay() {
        portal = TestPortal.start();
        PortalClient ken = ken();
        portal.fx.partners().reportUsage(io.partnerportal.core.partner.PartnerOperations.ReportUsage.parse(
                portal.s.acme, portal.s.jira.entitlementNumber(), 1234));
        String details = "/subscriptions/" + portal.s.jira.entitlementNumber();

        String english = ken.get(details).body();
        ken.get("/language?lang=ja&back=/");
        String japanese = ken.get(details).body();

        assertThat(english).contains("November 23, 2027", "1,234");
        assertThat(japanese).contains("2027年11月23日", "1,234");
    }

    @Test
    void theListShows50SubscriptionsAPageWithANextLink() {
        portal = TestPortal.start();
        var fx = portal.fx;
        for (int i = 0; i < 52; i++) {
            fx.order(portal.s.acme, portal.s.account, "jira").site(String.format("many%03d", i))
                    .contact("pat@example.jp").place();
        }
        PortalClient pat = portal.client();
        pat.signIn("pat@example.jp");

        PortalClient.Reply first = pat.get("/subscriptions");
        String next = first.body().replaceAll("(?s).*href=\"([^\"]+)\" rel=\"next\".*", "$1").replace("&amp;", "&");
        PortalClient.Reply second = pat.get(next);

        assertThat(first.body().split("<tr>", -1)).hasSize(1 + 1 + 50);
        assertThat(next).startsWith("/subscriptions?tab=active&cursor=");
        assertThat(second.body().split("<tr>", -1)).hasSize(1 + 1 + 2);
        assertThat(second.body()).doesNotContain("rel=\"next\"");
    }

    @Test
    void anEmptyTabSaysSo() {
        portal = TestPortal.start();
        portal.fx.order(portal.s.acme, portal.s.account, "jira").site("lonely").contact("lee@example.jp").place();
        PortalClient lee = portal.client();
        lee.signIn("lee@example.jp");

        assertThat(lee.get("/subscriptions?tab=upcoming").body()).contains("You have no upcoming subscriptions.")
                .doesNotContain("<table");
        assertThat(lee.get("/subscriptions?tab=someday").status()).isEqualTo(404);
    }

    @Test
    void theDeveloperMailboxDoesNotExistUnlessSwitchedOn() {
        portal = TestPortal.start();

        assertErrorPage(portal.client().get("/dev/mailbox"), 404, "Page not found");
        assertThat(portal.accessLog).anyMatch(line -> line.startsWith("GET - 404 "));
    }

    @Test
    void theDeveloperMailboxListsTheEmailsWithTheirLinks() {
        ArchivedMail link = new ArchivedMail("000001-abc", "<abc@portal>", KEN, "Sign in <now>",
                NotificationType.SIGN_IN_LINK, Instant.parse("2026-11-23T09:00:00Z"), "Open http://localhost/login/t0k",
                List.of("http://localhost:7070/login/t0k", "javascript:alert(1)"));
        DevMailbox mailbox = new DevMailbox() {
            @Override
            public List<ArchivedMail> recent(int limit) {
                return List.of(link);
            }

            @Override
            public Optional<ArchivedMail> message(String id) {
                return id.equals(link.id()) ? Optional.of(link) : Optional.empty();
            }
        };
        portal = TestPortal.start(p -> new WebPorts(p.partnerOperations(), p.supportOperations(),
                p.apiAuthentication(), p.idempotency(), p.customerPortal(), p.signIn(), mailbox, p.partnerIntegrations()),
                s -> s.withDevMailbox(true));
        PortalClient c = portal.client();

        PortalClient.Reply list = c.get("/dev/mailbox");
        PortalClient.Reply one = c.get("/dev/mailbox/000001-abc");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<a href=\"http://localhost:7070/login/t0k\">", "Sign in &lt;now&gt;",
                "<a href=\"/dev/mailbox/000001-abc\">").doesNotContain("href=\"javascript:");
        assertThat(one.body()).contains("Open http://localhost/login/t0k");
        assertThat(c.get("/dev/mailbox/nope").status()).isEqualTo(404);
    }

    @Test
    void S1_theMailboxIsNotServedWhileTheServerListensBeyondThisMachine() {
        portal = TestPortal.start(s -> s.withDevMailbox(true).withListenAddress("0.0.0.0"));

        assertErrorPage(portal.client().get("/dev/mailbox"), 404, "Page not found");
        assertThat(portal.client().get("/dev/mailbox/000001-abc").status()).isEqualTo(404);
    }

    @Test
    void S1_theMailboxIsNotShownToAClientAProxyForwardedFromElsewhere() {
        portal = TestPortal.start(s -> s.withDevMailbox(true)
                .withTrustedProxies(io.partnerportal.adapters.web.TrustedProxies.parse("127.0.0.0/8, ::1")));

        assertThat(portal.client().get("/dev/mailbox").status()).as("this machine's own client").isEqualTo(200);
        assertErrorPage(portal.client().header("X-Forwarded-For", "198.51.100.4").get("/dev/mailbox"), 404,
                "Page not found");
    }
}
