package io.partnerportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter.Limit;
import io.partnerportal.core.testing.contract.RateLimitCounterContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitCounterTest extends RateLimitCounterContract {
    @Override
    protected RateLimitCounter counter() {
        return new InMemoryRateLimitCounter();
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenBeyondTheBoundOfItsLimiter() {
        InMemoryRateLimitCounter c = new InMemoryRateLimitCounter(2);
        Limit one = new Limit(1, Duration.ofHours(1));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        c.take("api", "a", one, now);
        c.take("api", "b", one, now);
        c.take("address", "x", one, now);
        c.take("api", "c", one, now);

        assertThat(c.size("api")).isEqualTo(2);
        assertThat(c.size("address")).isEqualTo(1);
        assertThat(c.take("api", "a", one, now)).as("forgotten, so new again").isZero();
        assertThat(c.take("api", "c", one, now)).isPositive();
        assertThat(c.forgetIdle(now.plus(Duration.ofHours(1)))).isEqualTo(3);
        assertThat(c.size("api")).isZero();
    }
}
