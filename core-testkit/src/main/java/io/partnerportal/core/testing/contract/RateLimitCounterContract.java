package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.port.out.RateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter.Limit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code RateLimitCounter}: bursts of the limit's requests, given back evenly over its period; the
 * wait until the next request; keys and limiters counted apart; a clock going back gives nothing
 * back; idle keys forgotten; concurrent takes never exceed the limit.
 */
public abstract class RateLimitCounterContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Limit TWO_PER_TEN_SECONDS = new Limit(2, Duration.ofSeconds(10));

    /** A counter with nothing counted yet. */
    protected abstract RateLimitCounter counter();

    private final String key = "203.0.113.7";

    @Test
    void aBurstGoesThroughAndTheNextWaitsForItsShareOfThePeriod() {
        RateLimitCounter c = counter();
        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0)).isZero();
        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0)).isZero();

        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0.plusMillis(4_999))).isEqualTo(Duration.ofMillis(1));
        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0.plusSeconds(5))).isZero();
        assertThat(c.take("api", key, TWO_PER_TEN_SECONDS, T0.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void A2_aCountSaysHowManyRequestsAreLeftAndWhenTheWholeBurstIsBack() {
        RateLimitCounter c = counter();
        Limit three = new Limit(3, Duration.ofSeconds(30));
        RateLimitCounter.Take t = new RateLimitCounter.Take("api", key, three);
        List<Long> left = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RateLimitCounter.Count count = c.countAll(List.of(t), T0).get(0);
            left.add(count.remaining(T0).orElseThrow());
            assertThat(count.counted()).isEqualTo(i < 3);
        }
        assertThat(left).containsExactly(2L, 1L, 0L, 0L);
        RateLimitCounter.Count refused = c.countAll(List.of(t), T0).get(0);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(refused.untilFull(T0)).contains(Duration.ofSeconds(30));
        // ten seconds on, one request's share is back
        RateLimitCounter.Count later = c.countAll(List.of(t), T0.plusSeconds(10)).get(0);
        assertThat(later.counted()).isTrue();
        assertThat(later.remaining(T0.plusSeconds(10))).hasValue(0);
        assertThat(later.untilFull(T0.plusSeconds(10))).contains(Duration.ofSeconds(30));
    }

    @Test
    void A2_countsOfSeveralLimitsComeInTheirOrderAndARefusalLeavesTheOtherLimitsCounted() {
        RateLimitCounter c = counter();
        Limit one = new Limit(1, Duration.ofSeconds(10));
        Limit many = new Limit(100, Duration.ofSeconds(10));
        List<RateLimitCounter.Take> takes = List.of(new RateLimitCounter.Take("api-key", "k", one),
                new RateLimitCounter.Take("address", key, many));
        List<RateLimitCounter.Count> first = c.countAll(takes, T0);
        assertThat(first).extracting(x -> x.take().limiter()).containsExactly("api-key", "address");
        assertThat(first).allMatch(RateLimitCounter.Count::counted);
        List<RateLimitCounter.Count> second = c.countAll(takes, T0);
        assertThat(second.get(0).counted()).isFalse();
        assertThat(second.get(0).remaining(T0)).hasValue(0);
        assertThat(second.get(1).remaining(T0)).hasValue(98);
    }

    @Test
    void aRefusedRequestCountsNothing() {
        RateLimitCounter c = counter();
        Limit one = new Limit(1, Duration.ofSeconds(10));
        c.take("api", key, one, T0);
        for (int i = 0; i < 5; i++) {
            assertThat(c.take("api", key, one, T0.plusSeconds(i))).isEqualTo(Duration.ofSeconds(10 - i));
        }

        assertThat(c.take("api", key, one, T0.plusSeconds(10))).isZero();
    }

    @Test
    void keysAndLimitersAreCountedApart() {
        RateLimitCounter c = counter();
        Limit one = new Limit(1, Duration.ofMinutes(1));
        assertThat(c.take("api", key, one, T0)).isZero();

        assertThat(c.take("api", key, one, T0)).isPositive();
        assertThat(c.take("api", key + "-other", one, T0)).isZero();
        assertThat(c.take("address", key, one, T0)).isZero();
    }

    @Test
    void aClockGoingBackGivesNothingBack() {
        RateLimitCounter c = counter();
        Limit one = new Limit(1, Duration.ofSeconds(10));
        c.take("api", key, one, T0);

        assertThat(c.take("api", key, one, T0.minusSeconds(60))).isEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void aLargeBurstAtOnceIsCountedExactly() {
        RateLimitCounter c = counter();
        Limit thousand = new Limit(1000, Duration.ofSeconds(1));
        for (int i = 0; i < 1000; i++) {
            assertThat(c.take("api", key, thousand, T0)).as("request %d", i).isZero();
        }

        assertThat(c.take("api", key, thousand, T0)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void keysWhoseAllowanceIsBackAreForgotten() {
        RateLimitCounter c = counter();
        Limit two = TWO_PER_TEN_SECONDS;
        c.take("api", key, two, T0);
        c.take("api", key, two, T0);
        c.take("address", key, two, T0.plusSeconds(20));

        assertThat(c.forgetIdle(T0.plusSeconds(9))).as("nothing is back yet").isZero();
        assertThat(c.forgetIdle(T0.plusSeconds(10))).as("api's allowance is back at +10 s").isEqualTo(1);
        assertThat(c.take("api", key, two, T0.plusSeconds(10))).isZero();
        assertThat(c.take("api", key, two, T0.plusSeconds(10))).isZero();
        assertThat(c.take("api", key, two, T0.plusSeconds(10))).isPositive();
        assertThat(c.take("address", key, two, T0.plusSeconds(20))).as("still counted").isZero();
        assertThat(c.take("address", key, two, T0.plusSeconds(20))).isPositive();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimit() throws Exception {
        RateLimitCounter c = counter();
        Limit fifty = new Limit(50, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> c.take("api", key, fifty, T0).isZero());
            }
            long allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
