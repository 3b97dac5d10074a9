package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted reverse proxy each client has its own address bucket; from anyone else a forged
 * {@code X-Forwarded-For} or {@code Forwarded} changes nothing (SPEC §6.4).
 */
class TrustedProxyApiTest {
    private static final WebSettings.RateLimit THREE_A_MINUTE = new WebSettings.RateLimit(3, Duration.ofMinutes(1));
    /** The tests connect from loopback, over IPv4 or IPv6. */
    private static final TrustedProxies LOOPBACK = TrustedProxies.parse("127.0.0.0/8, ::1/128");
    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    private TestApi.Reply via(String forwardedFor, String key) {
        return api.request("GET", "/api/v1/subscriptions").key(key).header("X-Forwarded-For", forwardedFor).send();
    }

    @Test
    void aForgedXForwardedForFromAnUntrustedAddressStillGets429() {
        api = TestApi.start(settings -> settings.withRateLimits(TestApi.UNLIMITED, THREE_A_MINUTE)
                .withTrustedProxies(TrustedProxies.parse("10.0.0.0/8, 2001:db8::/32")));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            assertThat(via("203.0.113." + i, s.key()).status()).isEqualTo(200);
        }

        TestApi.Reply forged = api.request("GET", "/api/v1/subscriptions").key(s.key())
                .header("X-Forwarded-For", "198.51.100.7").header("Forwarded", "for=198.51.100.8").send();

        HostileRequestTest.assertProblem(forged, 429);
        assertThat(forged.header("Retry-After")).isEqualTo("20");
    }

    @Test
    void fromATrustedProxyTwoClientsGetSeparateBuckets() {
        api = TestApi.start(settings -> settings.withRateLimits(TestApi.UNLIMITED, THREE_A_MINUTE)
                .withTrustedProxies(LOOPBACK));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            assertThat(via("203.0.113.1", s.key()).status()).isEqualTo(200);
        }

        assertThat(via("203.0.113.1", s.key()).status()).as("the first client is over its limit").isEqualTo(429);
        assertThat(via("203.0.113.2", s.key()).status()).as("the second client has its own bucket").isEqualTo(200);
        // a client cannot escape by prepending addresses: the right-most untrusted hop is the one counted
        assertThat(via("198.51.100.9, 203.0.113.1", s.key()).status()).isEqualTo(429);
        TestApi.Reply rfc7239 = api.request("GET", "/api/v1/subscriptions").key(s.key())
                .header("Forwarded", "for=\"[2001:db8::7]:443\";proto=https").send();
        assertThat(rfc7239.status()).isEqualTo(200);
    }
}
