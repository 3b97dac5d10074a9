package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token buckets behind the limits: refill, Retry-After, and a bounded number of buckets. */
class RateLimiterTest {
    private final MutableClock clock = MutableClock.at("2026-11-23");

    @Test
    void aBucketRefillsEvenlyOverItsPeriod() {
        RateLimiter limiter = new RateLimiter(new WebSettings.RateLimit(2, Duration.ofSeconds(10)), 10, clock);
        limiter.acquire("a");
        limiter.acquire("a");

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.headers()).containsEntry("Retry-After", "5"));
        clock.advance(Duration.ofMillis(4_999));
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(ApiException.class);
        clock.advance(Duration.ofMillis(1));
        limiter.acquire("a");
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        RateLimiter limiter = new RateLimiter(new WebSettings.RateLimit(1000, Duration.ofSeconds(1)), 10, clock);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("a");
        }

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.headers()).containsEntry("Retry-After", "1"));
    }

    @Test
    void theLeastRecentlyUsedBucketIsForgottenBeyondTheBound() {
        RateLimiter limiter = new RateLimiter(new WebSettings.RateLimit(1, Duration.ofHours(1)), 3, clock);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        limiter.acquire("d");

        assertThat(limiter.size()).isEqualTo(3);
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("d")).isInstanceOf(ApiException.class);
    }

    @Test
    void aClockGoingBackRefillsNothing() {
        RateLimiter limiter = new RateLimiter(new WebSettings.RateLimit(1, Duration.ofSeconds(10)), 3, clock);
        limiter.acquire("a");
        clock.advance(Duration.ofSeconds(-60));

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(ApiException.class);
    }
}
