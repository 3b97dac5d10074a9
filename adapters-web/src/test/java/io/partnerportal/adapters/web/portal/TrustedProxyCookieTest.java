package io.partnerportal.adapters.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.adapters.web.TrustedProxies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cookies are {@code Secure} when a trusted proxy says the browser came over https, even when the
 * base URL is http; the same header from anyone else changes nothing.
 */
class TrustedProxyCookieTest {
    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aTrustedProxysHttpsMakesTheCookiesSecure() {
        portal = TestPortal.start(s -> s.withTrustedProxies(TrustedProxies.parse("127.0.0.0/8, ::1")));
        PortalClient c = portal.client().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.4");

        assertThat(c.get("/login").setCookie("portal_form")).contains("; HttpOnly", "; SameSite=Lax", "; Secure");
    }

    @Test
    void anUntrustedPeersHttpsChangesNothing() {
        portal = TestPortal.start(s -> s.withTrustedProxies(TrustedProxies.parse("10.0.0.0/8")));
        PortalClient c = portal.client().header("X-Forwarded-Proto", "https").header("Forwarded", "proto=https");

        assertThat(c.get("/login").setCookie("portal_form")).contains("; HttpOnly").doesNotContain("Secure");
    }
}
