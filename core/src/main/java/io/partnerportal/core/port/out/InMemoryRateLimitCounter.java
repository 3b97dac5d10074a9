package io.partnerportal.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The rate-limit counter of one process: a bounded map per limiter from key to TAT. At most
 * {@code maxKeys} keys are kept per limiter, the least recently used forgotten first (an idle key
 * has its allowance back soonest, so forgetting it changes the least). For the embedded default,
 * where one instance serves everything, and for tests.
 */
public final class InMemoryRateLimitCounter implements RateLimitCounter {
    /** Keys kept per limiter unless told otherwise. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private final int maxKeys;
    private final Map<String, Map<String, Long>> limiters = new HashMap<>();

    /** @param maxKeys the most keys kept per limiter */
    public InMemoryRateLimitCounter(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.maxKeys = maxKeys;
    }

    /** A counter keeping {@link #DEFAULT_MAX_KEYS} keys per limiter. */
    public InMemoryRateLimitCounter() {
        this(DEFAULT_MAX_KEYS);
    }

    @Override
    public Duration take(String limiter, String key, Limit limit, Instant now) {
        return count(new Take(limiter, key, limit), now).retryAfter();
    }

    @Override
    public List<Count> countAll(List<Take> takes, Instant now) {
        return takes.stream().map(t -> count(t, now)).toList();
    }

    private Count count(Take take, Instant now) {
        Map<String, Long> tats = tatsOf(take.limiter());
        long at = RateLimitCounter.nanos(now);
        Limit limit = take.limit();
        synchronized (tats) {
            Long stored = tats.get(take.key());
            long tat = stored == null ? at : Math.max(stored, at);
            long ahead = tat - at;
            if (ahead > limit.toleranceNanos()) {
                return new Count(take, Duration.ofNanos(ahead - limit.toleranceNanos()), OptionalLong.of(tat));
            }
            tats.put(take.key(), tat + limit.intervalNanos());
            return new Count(take, Duration.ZERO, OptionalLong.of(tat + limit.intervalNanos()));
        }
    }

    @Override
    public int forgetIdle(Instant now) {
        long at = RateLimitCounter.nanos(now);
        int forgotten = 0;
        for (Map<String, Long> tats : snapshot()) {
            synchronized (tats) {
                int before = tats.size();
                tats.values().removeIf(tat -> tat <= at);
                forgotten += before - tats.size();
            }
        }
        return forgotten;
    }

    /**
     * @param limiter what is limited
     * @return how many keys it keeps now
     */
    public int size(String limiter) {
        Map<String, Long> tats = tatsOf(limiter);
        synchronized (tats) {
            return tats.size();
        }
    }

    private synchronized Iterable<Map<String, Long>> snapshot() {
        return List.copyOf(limiters.values());
    }

    private synchronized Map<String, Long> tatsOf(String limiter) {
        return limiters.computeIfAbsent(limiter, l -> new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxKeys;
            }
        });
    }
}
