package io.partnerportal.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token buckets behind the limits: refill, Retry-After, and a bounded number of buckets. */
class RateLimiterTest {
    private final MutableClock clock = MutableClock.at("2026-11-23");
    private InMemoryRateLimitCounter counter;

    /** One limiter over an in-memory counter keeping at most {@code maxBuckets} keys. */
    private RateLimiter limiter(WebSettings.RateLimit limit, int maxBuckets) {
        counter = new InMemoryRateLimitCounter(maxBuckets);
        return new RateLimiter("test", limit, new RateLimits(counter, clock));
    }

    @Test
    void aBucketRefillsEvenlyOverItsPeriod() {
        RateLimiter limiter = limiter(new WebSettings.RateLimit(2, Duration.ofSeconds(10)), 10);
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
        RateLimiter limiter = limiter(new WebSettings.RateLimit(1000, Duration.ofSeconds(1)), 10);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("a");
        }

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.headers()).containsEntry("Retry-After", "1"));
    }

    @Test
    void theLeastRecentlyUsedBucketIsForgottenBeyondTheBound() {
        RateLimiter limiter = limiter(new WebSettings.RateLimit(1, Duration.ofHours(1)), 3);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        limiter.acquire("d");

        assertThat(counter.size("test")).isEqualTo(3);
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("d")).isInstanceOf(ApiException.class);
    }

    @Test
    void aClockGoingBackRefillsNothing() {
        RateLimiter limiter = limiter(new WebSettings.RateLimit(1, Duration.ofSeconds(10)), 3);
        limiter.acquire("a");
        clock.advance(Duration.ofSeconds(-60));

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(ApiException.class);
    }

    @Test
    void aFailingCounterNeverFailsARequestAndCountsInMemoryUntilItIsTriedAgain() {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        InMemoryRateLimitCounter shared = new InMemoryRateLimitCounter();
        RateLimitCounter flaky = new RateLimitCounter() {
            @Override
            public Duration take(String limiter, String key, Limit limit, java.time.Instant now) {
                calls.incrementAndGet();
                if (down.get()) {
                    throw new IllegalStateException("database unreachable");
                }
                return shared.take(limiter, key, limit, now);
            }

            @Override
            public int forgetIdle(java.time.Instant now) {
                return 0;
            }
        };
        RateLimiter limiter = new RateLimiter("test", new WebSettings.RateLimit(2, Duration.ofMinutes(1)),
                new RateLimits(flaky, clock));

        limiter.acquire("a");
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a")).as("still limited, in memory").isInstanceOf(ApiException.class);
        assertThat(calls).as("the failed counter is not asked again at once").hasValue(1);

        down.set(false);
        clock.advance(RateLimits.FALLBACK_FOR);
        limiter.acquire("a");
        assertThat(calls).as("asked again after the fallback period").hasValue(2);
    }
}
