package io.partnerportal.adapters.web.portal;

import static io.partnerportal.adapters.web.portal.PortalScenario.KEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.adapters.web.WebSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Magic-link sign-in and sessions (SPEC §5.3): what a customer sees, and what an attacker cannot
 * learn or reuse.
 */
class SignInTest {
    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"csrf\" value=\"[^\"]+\"", "");
    }

    @Test
    void askingForALinkAnswersTheSameForAKnownAndAnUnknownEmail() {
        portal = TestPortal.start();
        PortalClient known = portal.client();
        PortalClient unknown = portal.client();

        PortalClient.Reply a = known.submit(known.get("/login"), "/login", Map.of("email", KEN));
        PortalClient.Reply b = unknown.submit(unknown.get("/login"), "/login", Map.of("email", "nobody@example.jp"));

        assertThat(a.status()).isEqualTo(303);
        assertThat(b.status()).isEqualTo(303);
        assertThat(a.location()).isEqualTo(b.location()).isEqualTo("/login?done=link-sent");
        assertThat(withoutTokens(known.get(a.location()).body()))
                .isEqualTo(withoutTokens(unknown.get(b.location()).body()))
                .contains("a sign-in link is on its way");
        assertThat(portal.signInLinksSentTo(KEN)).isEqualTo(1);
        assertThat(portal.signInLinksSentTo("nobody@example.jp")).isZero();
    }

    @Test
    void aMalformedEmailIsAskedForAgainWithAMessage() {
        portal = TestPortal.start();
        PortalClient c = portal.client();

        PortalClient.Reply r = c.submit(c.get("/login"), "/login", Map.of("email", "ken at example"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Enter an email address like name@example.com", "value=\"ken at example\"",
                "aria-invalid=\"true\"");
    }

    @Test
    void openingTheLinkOnlyShowsASignInButtonAndUsesNothingUp() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.submit(c.get("/login"), "/login", Map.of("email", KEN));
        String token = portal.signInToken(KEN);

        PortalClient.Reply scanned = c.get("/login/" + token);
        PortalClient.Reply scannedAgain = c.get("/login/" + token);

        assertThat(scanned.status()).isEqualTo(200);
        assertThat(scanned.body()).contains("<form class=\"panel\" method=\"post\" action=\"/login/" + token + "\"",
                ">Sign in</button>");
        assertThat(scanned.setCookie("portal_session")).isNull();
        assertThat(scannedAgain.status()).isEqualTo(200);
        PortalClient.Reply pressed = c.submit(scanned, "/login/" + token, Map.of());
        assertThat(pressed.status()).isEqualTo(303);
        assertThat(pressed.location()).isEqualTo("/subscriptions");
        assertThat(c.get("/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void aLinkSignsInOnceOnly() {
        portal = TestPortal.start();
        PortalClient first = portal.client();
        first.signIn(KEN);
        String token = portal.signInToken(KEN);
        PortalClient second = portal.client();

        PortalClient.Reply again = second.submit(second.get("/login/" + token), "/login/" + token, Map.of());

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("This sign-in link does not work");
        assertThat(again.setCookie("portal_session")).isNull();
        assertThat(second.get("/subscriptions").location()).isEqualTo("/login");
    }

    @Test
    void aLinkStopsWorkingAfter15Minutes() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.submit(c.get("/login"), "/login", Map.of("email", KEN));
        String token = portal.signInToken(KEN);
        PortalClient.Reply page = c.get("/login/" + token);

        portal.fx.clock.advance(Duration.ofMinutes(15));
        PortalClient.Reply late = c.submit(page, "/login/" + token, Map.of());

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("older than 15 minutes");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndNotSecureOverPlainHttp() {
        portal = TestPortal.start();
        PortalClient c = portal.client();

        PortalClient.Reply signedIn = c.signIn(KEN);

        String cookie = signedIn.setCookie("portal_session");
        assertThat(cookie).contains("; Path=/", "; HttpOnly", "; SameSite=Lax").doesNotContain("Secure",
                "Max-Age", "Expires");
        assertThat(c.cookie("portal_session")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void everyCookieIsSecureWhenThePortalIsServedOverHttps() {
        portal = TestPortal.start(s -> new WebSettings(s.port(), URI.create("https://portal.example.com"),
                s.perApiKey(), s.perAddress(), s.signInPerAddress(), s.signInPerEmail(), false));
        PortalClient c = portal.client();
        PortalClient.Reply login = c.get("/login");
        c.submit(login, "/login", Map.of("email", KEN));
        String token = portal.signInToken(KEN);

        PortalClient.Reply signedIn = c.submit(c.get("/login/" + token), "/login/" + token, Map.of());
        PortalClient.Reply language = c.get("/language?lang=ja&back=/login");

        assertThat(login.setCookie("portal_form")).contains("; HttpOnly", "; SameSite=Lax", "; Secure");
        assertThat(signedIn.setCookie("portal_session")).contains("; HttpOnly", "; SameSite=Lax", "; Secure");
        assertThat(language.setCookie("lang")).contains("; HttpOnly", "; SameSite=Lax", "; Secure");
        assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void signingInAgainGivesANewSessionAndEndsTheOneTheBrowserHad() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.signIn(KEN);
        String before = c.cookie("portal_session");

        c.signIn(KEN);

        String after = c.cookie("portal_session");
        assertThat(after).isNotEqualTo(before);
        PortalClient old = portal.client().cookie("portal_session", before);
        assertThat(old.get("/subscriptions").location()).isEqualTo("/login");
        assertThat(c.get("/subscriptions").status()).isEqualTo(200);
    }

    @Test
    void aSessionEndsAfter30IdleMinutes() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.signIn(KEN);
        portal.fx.clock.advance(Duration.ofMinutes(29));
        assertThat(c.get("/subscriptions").status()).isEqualTo(200);

        portal.fx.clock.advance(Duration.ofMinutes(30));
        PortalClient.Reply idle = c.get("/subscriptions");

        assertThat(idle.status()).isEqualTo(303);
        assertThat(idle.location()).isEqualTo("/login");
        assertThat(idle.setCookie("portal_session")).contains("Max-Age=0");
    }

    @Test
    void aSessionInUseStillEndsTwelveHoursAfterSignIn() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.signIn(KEN);
        for (int i = 0; i < 24; i++) {
            portal.fx.clock.advance(Duration.ofMinutes(29));
            assertThat(c.get("/subscriptions").status()).as("after %d minutes", (i + 1) * 29).isEqualTo(200);
        }

        portal.fx.clock.advance(Duration.ofMinutes(24));
        PortalClient.Reply late = c.get("/subscriptions");

        assertThat(late.status()).isEqualTo(303);
        assertThat(late.location()).isEqualTo("/login");
    }

    @Test
    void signingOutEndsTheSession() {
        portal = TestPortal.start();
        PortalClient c = portal.client();
        c.signIn(KEN);
        String session = c.cookie("portal_session");

        PortalClient.Reply out = c.submit(c.get("/subscriptions"), "/logout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).isEqualTo("/login?done=signed-out");
        assertThat(out.setCookie("portal_session")).contains("Max-Age=0");
        assertThat(portal.client().cookie("portal_session", session).get("/subscriptions").location())
                .isEqualTo("/login");
    }

    @Test
    void signInRequestsFromOneAddressAreLimited() {
        WebSettings.RateLimit three = new WebSettings.RateLimit(3, Duration.ofMinutes(10));
        portal = TestPortal.start(s -> s.withSignInLimits(three, TestPortal.UNLIMITED));
        PortalClient c = portal.client();
        PortalClient.Reply page = c.get("/login");
        for (int i = 0; i < 3; i++) {
            assertThat(c.submit(page, "/login", Map.of("email", "someone" + i + "@example.jp")).status())
                    .isEqualTo(303);
        }

        PortalClient.Reply limited = c.submit(page, "/login", Map.of("email", KEN));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("200");
        assertThat(limited.header("Content-Type")).startsWith("text/html");
        assertThat(limited.body()).contains("You asked for too many sign-in links");
        assertThat(portal.signInLinksSentTo(KEN)).isZero();
    }

    @Test
    void signInRequestsForOneEmailAreLimitedHoweverItIsWritten() {
        WebSettings.RateLimit two = new WebSettings.RateLimit(2, Duration.ofMinutes(10));
        portal = TestPortal.start(s -> s.withSignInLimits(TestPortal.UNLIMITED, two));
        PortalClient c = portal.client();
        PortalClient.Reply page = c.get("/login");
        c.submit(page, "/login", Map.of("email", KEN));
        c.submit(page, "/login", Map.of("email", " Ken@Example.JP "));

        PortalClient.Reply limited = c.submit(page, "/login", Map.of("email", "KEN@example.jp"));
        PortalClient.Reply someoneElse = c.submit(page, "/login", Map.of("email", "yuki@example.jp"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("300");
        assertThat(someoneElse.status()).isEqualTo(303);
        assertThat(portal.signInLinksSentTo(KEN)).isEqualTo(2);
    }

    @Test
    void theSignInLinkNeverReachesTheAccessLog() {
        portal = TestPortal.start();
        PortalClient c = portal.client();

        c.signIn(KEN);

        String token = portal.signInToken(KEN);
        assertThat(portal.accessLog).anyMatch(line -> line.startsWith("GET /login/{token} 200 "))
                .anyMatch(line -> line.startsWith("POST /login/{token} 303 "));
        assertThat(String.join("\n", portal.accessLog)).doesNotContain(token, c.cookie("portal_session"));
    }
}
