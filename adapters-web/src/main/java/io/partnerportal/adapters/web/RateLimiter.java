package io.partnerportal.adapters.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets in memory, one per API key or connection address: each holds up to
 * {@code requests} tokens and refills them evenly over {@code per}. A request takes a token or is
 * refused with the seconds until the next one ({@code Retry-After}). At most {@code maxBuckets}
 * are kept; the least recently used goes first (an idle bucket is full again, so forgetting it
 * changes nothing for its owner). Limits hold per instance.
 */
final class RateLimiter {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int capacity;
    private final double tokensPerNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    RateLimiter(WebSettings.RateLimit limit, int maxBuckets, Clock clock) {
        this.capacity = limit.requests();
        this.tokensPerNano = (double) limit.requests() / limit.per().toNanos();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    /** Takes a token for {@code who}, or throws 429 with the seconds to wait. */
    void acquire(String who) {
        long seconds = secondsToWait(who);
        if (seconds > 0) {
            throw ApiException.tooManyRequests(seconds);
        }
    }

    /** Takes a token for {@code who} and answers 0, or answers the whole seconds until one is available. */
    long secondsToWait(String who) {
        long waitNanos = take(who);
        return waitNanos > 0 ? Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND) : 0;
    }

    /** 0 when a token was taken, else the nanoseconds until one is available. */
    private synchronized long take(String who) {
        long now = nanos(clock.instant());
        Bucket b = buckets.computeIfAbsent(who, k -> new Bucket(capacity, now));
        long elapsed = Math.max(0, now - b.at);
        b.tokens = Math.min(capacity, b.tokens + elapsed * tokensPerNano);
        b.at = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - b.tokens) / tokensPerNano);
    }

    synchronized int size() {
        return buckets.size();
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * NANOS_PER_SECOND + t.getNano();
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
