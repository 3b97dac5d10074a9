package io.partnerportal.adapters.web;

import io.partnerportal.core.port.out.InMemoryRateLimitCounter;
import io.partnerportal.core.port.out.RateLimitCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counter every rate limit of the server counts with (the port: in memory on the embedded
 * default, shared by every instance on PostgreSQL), read by the server's clock. A counter that
 * fails — a database that does not answer — never fails a request: for the next
 * {@link #FALLBACK_FOR} the limits are counted in this instance's memory instead, then the counter
 * is tried again. One WARN line says so each time.
 */
final class RateLimits {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);
    static final Duration FALLBACK_FOR = Duration.ofSeconds(5);

    private final RateLimitCounter counter;
    private final InMemoryRateLimitCounter fallback = new InMemoryRateLimitCounter();
    private final Clock clock;
    private volatile Instant retryAt = Instant.EPOCH;

    RateLimits(RateLimitCounter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
    }

    /** Counts one request of {@code key}; zero when it may go on, else how long until it may. */
    Duration take(String limiter, String key, RateLimitCounter.Limit limit) {
        return takeAll(List.of(new RateLimitCounter.Take(limiter, key, limit)));
    }

    /** Counts one request against each limit, in one round trip; zero when it may go on, else the longest wait. */
    Duration takeAll(List<RateLimitCounter.Take> takes) {
        Duration longest = Duration.ZERO;
        for (RateLimitCounter.Count c : countAll(takes).counts()) {
            longest = c.retryAfter().compareTo(longest) > 0 ? c.retryAfter() : longest;
        }
        return longest;
    }

    /**
     * What counting one request against each limit found, and when.
     *
     * @param counts one per limit, in their order
     * @param at     the clock's time they were counted at
     */
    record Counted(List<RateLimitCounter.Count> counts, Instant at) {
    }

    /** Counts one request against each limit, in one round trip, and answers what each found. */
    Counted countAll(List<RateLimitCounter.Take> takes) {
        Instant now = clock.instant();
        if (now.isBefore(retryAt)) {
            return new Counted(fallback.countAll(takes, now), now);
        }
        try {
            return new Counted(counter.countAll(takes, now), now);
        } catch (RuntimeException e) {
            retryAt = now.plus(FALLBACK_FOR);
            LOG.warn("Rate limits are counted on this instance alone for {} s: the shared counter failed ({}: {})",
                    FALLBACK_FOR.toSeconds(), e.getClass().getSimpleName(), e.getMessage());
            return new Counted(fallback.countAll(takes, now), now);
        }
    }
}
