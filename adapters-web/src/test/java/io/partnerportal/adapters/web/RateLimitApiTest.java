package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests are limited per API key and per connection address; the address is the socket's, so
 * a forged {@code X-Forwarded-For} changes nothing. The clock is the fixture's, moved by hand.
 */
class RateLimitApiTest {
    private static final WebSettings.RateLimit THREE_A_MINUTE = new WebSettings.RateLimit(3, Duration.ofMinutes(1));
    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPartnerOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        api = TestApi.start(settings -> settings.withRateLimits(THREE_A_MINUTE, TestApi.UNLIMITED));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/subscriptions", s.key()).status()).isEqualTo(200);
        }

        TestApi.Reply limited = api.get("/api/v1/subscriptions", s.key());

        HostileRequestTest.assertProblem(limited, 429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.header("Retry-After")).isEqualTo("20");
        assertThat(api.get("/api/v1/subscriptions", s.other.key()).status()).isEqualTo(200);
    }

    @Test
    void afterRetryAfterSecondsThePartnerMayGoOn() {
        api = TestApi.start(settings -> settings.withRateLimits(THREE_A_MINUTE, TestApi.UNLIMITED));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/subscriptions", s.key());
        }
        TestApi.Reply limited = api.get("/api/v1/subscriptions", s.key());
        api.fx.clock.advance(Duration.ofSeconds(Long.parseLong(limited.header("Retry-After"))));

        assertThat(api.get("/api/v1/subscriptions", s.key()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/subscriptions", s.key()).status()).isEqualTo(429);
    }

    @Test
    void aLimitedChangeChangesNothing() {
        api = TestApi.start(settings -> settings.withRateLimits(new WebSettings.RateLimit(1, Duration.ofMinutes(1)),
                TestApi.UNLIMITED));
        Scenario s = new Scenario(api);
        api.get("/api/v1/subscriptions", s.key());
        StorageSnapshot before = s.snapshot();

        TestApi.Reply r = api.post("/api/v1/orders", s.key(), EveryRoute.order(s, "fresh"));

        assertThat(r.status()).isEqualTo(429);
        assertThat(s.snapshot()).isEqualTo(before);
    }

    @Test
    void aForgedXForwardedForDoesNotEscapeTheAddressLimit() {
        api = TestApi.start(settings -> settings.withRateLimits(TestApi.UNLIMITED, THREE_A_MINUTE));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            TestApi.Reply r = api.request("GET", "/api/v1/subscriptions").key(s.key())
                    .header("X-Forwarded-For", "203.0.113." + i).header("X-Real-IP", "203.0.113." + i)
                    .header("Forwarded", "for=203.0.113." + i).send();
            assertThat(r.status()).isEqualTo(200);
        }

        TestApi.Reply forged = api.request("GET", "/api/v1/subscriptions").key(s.other.key())
                .header("X-Forwarded-For", "198.51.100.7").header("X-Real-IP", "198.51.100.7")
                .header("Forwarded", "for=198.51.100.7").send();

        HostileRequestTest.assertProblem(forged, 429);
        assertThat(forged.header("Retry-After")).isEqualTo("20");
    }

    @Test
    void guessingKeysCountsAgainstTheAddress() {
        api = TestApi.start(settings -> settings.withRateLimits(TestApi.UNLIMITED, THREE_A_MINUTE));
        Scenario s = new Scenario(api);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/subscriptions", "guess-" + i).status()).isEqualTo(401);
        }

        assertThat(api.get("/api/v1/subscriptions", s.key()).status()).isEqualTo(429);
    }

    @Test
    void A2_everyApiAnswerNamesTheLimitsItCountedAgainstRefusalsIncluded() {
        api = TestApi.start(settings -> settings.withRateLimits(THREE_A_MINUTE,
                new WebSettings.RateLimit(400, Duration.ofSeconds(2))));
        Scenario s = new Scenario(api);
        String both = "\"api-key\";q=3;w=60, \"address\";q=400;w=2";

        TestApi.Reply read = api.get("/api/v1/subscriptions", s.key());
        TestApi.Reply notFound = api.get("/api/v1/subscriptions/E-AAA-BBB-CCC-DDD", s.key());
        TestApi.Reply wrongKey = api.get("/api/v1/subscriptions", "guess");
        TestApi.Reply noKey = api.get("/api/v1/subscriptions", null);
        TestApi.Reply document = api.get("/api/v1/openapi.json", null);
        api.get("/api/v1/subscriptions", s.key());
        TestApi.Reply limited = api.get("/api/v1/subscriptions", s.key());

        assertThat(read.header("RateLimit-Policy")).isEqualTo(both);
        assertThat(notFound.header("RateLimit-Policy")).isEqualTo(both);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("RateLimit-Policy")).isEqualTo(both);
        assertThat(limited.header("Retry-After")).isEqualTo("20");
        assertThat(wrongKey.header("RateLimit-Policy")).as("a wrong key has a bucket of its own").isEqualTo(both);
        assertThat(noKey.header("RateLimit-Policy")).isEqualTo("\"address\";q=400;w=2");
        assertThat(document.header("RateLimit-Policy")).isEqualTo("\"address\";q=400;w=2");
        assertThat(api.get("/health/live", null).header("RateLimit-Policy")).as("not an API answer").isNull();
    }

    @Test
    void A2_everyApiAnswerSaysWhatIsLeftOfEachLimitCountedByTheLimiterThatRefuses() {
        api = TestApi.start(settings -> settings.withRateLimits(THREE_A_MINUTE,
                new WebSettings.RateLimit(400, Duration.ofSeconds(2))));
        Scenario s = new Scenario(api);

        TestApi.Reply first = api.get("/api/v1/subscriptions", s.key());
        TestApi.Reply second = api.get("/api/v1/subscriptions/E-AAA-BBB-CCC-DDD", s.key());
        TestApi.Reply third = api.get("/api/v1/subscriptions", s.key());
        TestApi.Reply limited = api.get("/api/v1/subscriptions", s.key());
        TestApi.Reply noKey = api.get("/api/v1/openapi.json", null);

        // three a minute: one given back every 20 s, the whole burst back 20 s after each request per
        // request still owed; the address's 400 in 2 s
        assertThat(first.header("RateLimit")).isEqualTo("\"api-key\";r=2;t=20, \"address\";r=399;t=1");
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.header("RateLimit")).isEqualTo("\"api-key\";r=1;t=40, \"address\";r=398;t=1");
        assertThat(third.header("RateLimit")).isEqualTo("\"api-key\";r=0;t=60, \"address\";r=397;t=1");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("RateLimit")).isEqualTo("\"api-key\";r=0;t=60, \"address\";r=396;t=1");
        assertThat(limited.header("Retry-After")).isEqualTo("20");
        assertThat(noKey.header("RateLimit")).isEqualTo("\"address\";r=395;t=1");

        api.fx.clock.advance(Duration.ofSeconds(20));
        assertThat(api.get("/api/v1/subscriptions", s.key()).header("RateLimit"))
                .startsWith("\"api-key\";r=0;t=60, ");
        assertThat(api.get("/health/live", null).header("RateLimit")).as("not an API answer").isNull();
    }
}
