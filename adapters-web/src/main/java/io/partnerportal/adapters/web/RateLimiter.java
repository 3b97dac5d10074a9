package io.partnerportal.adapters.web;

import io.partnerportal.core.port.out.RateLimitCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One of the server's rate limits (per API key, per client address, sign-in requests per address
 * and per email): a request takes its share of the limit from the counter, or is refused with the
 * whole seconds until it may go on ({@code Retry-After}, at least 1).
 */
final class RateLimiter {
    /** The limits a request counted against (IETF httpapi ratelimit-headers draft), on every API answer. */
    static final String POLICY_HEADER = "RateLimit-Policy";
    /** What is left of each of those limits after the request: {@code r} requests, whole again in {@code t} s. */
    static final String HEADER = "RateLimit";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String name;
    private final RateLimitCounter.Limit limit;
    private final RateLimits limits;

    RateLimiter(String name, WebSettings.RateLimit limit, RateLimits limits) {
        this.name = name;
        this.limit = new RateLimitCounter.Limit(limit.requests(), limit.per());
        this.limits = limits;
    }

    /**
     * This limit as a quota policy item of {@code RateLimit-Policy}: its name, the burst {@code q}
     * and the whole seconds {@code w} over which a burst is given back (at least 1).
     */
    String policy() {
        long window = Math.max(1, (limit.per().toNanos() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        return "\"" + name + "\";q=" + limit.requests() + ";w=" + window;
    }

    /** The {@code RateLimit-Policy} field of a request counted against {@code limiters}: a list of their items. */
    static String policies(List<RateLimiter> limiters) {
        return String.join(", ", limiters.stream().map(RateLimiter::policy).toList());
    }

    /** Takes a share for {@code who}, or throws 429 with the seconds to wait. */
    void acquire(String who) {
        acquireAll(limits, List.of(share(who)));
    }

    /** This limit's share for {@code who}, to be taken with others in one round trip. */
    RateLimitCounter.Take share(String who) {
        return new RateLimitCounter.Take(name, who, limit);
    }

    /** Takes every share at once, or throws 429 with the seconds until all of them may go on. */
    static void acquireAll(RateLimits limits, List<RateLimitCounter.Take> shares) {
        refuseIfAnyWaits(limits.countAll(shares));
    }

    /** Throws 429 with the seconds until every limit counted lets the request go on, unless they all do. */
    static void refuseIfAnyWaits(RateLimits.Counted counted) {
        long seconds = 0;
        for (RateLimitCounter.Count c : counted.counts()) {
            seconds = Math.max(seconds, seconds(c.retryAfter()));
        }
        if (seconds > 0) {
            throw ApiException.tooManyRequests(seconds);
        }
    }

    /**
     * The {@code RateLimit} field for what was counted: one item per limit, its name, the requests
     * left {@code r} and the whole seconds {@code t} until its burst is whole again; nothing when the
     * counter does not tell what is left.
     */
    static Optional<String> remaining(RateLimits.Counted counted) {
        List<String> items = new ArrayList<>();
        for (RateLimitCounter.Count c : counted.counts()) {
            OptionalLong left = c.remaining(counted.at());
            Optional<Duration> full = c.untilFull(counted.at());
            if (left.isEmpty() || full.isEmpty()) {
                return Optional.empty();
            }
            items.add("\"" + c.take().limiter() + "\";r=" + left.getAsLong() + ";t=" + seconds(full.get()));
        }
        return Optional.of(String.join(", ", items));
    }

    /** Takes a share for {@code who} and answers 0, or answers the whole seconds until one is available. */
    long secondsToWait(String who) {
        return seconds(limits.take(name, who, limit));
    }

    private static long seconds(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return 0;
        }
        long nanos = wait.toNanos();
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }
}
