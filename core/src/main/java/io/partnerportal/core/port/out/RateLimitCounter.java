package io.partnerportal.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts requests against rate limits, per limiter (what is limited: requests per API key, per
 * client address, …) and key (whose requests: a partner, an address). A limit allows bursts of
 * {@link Limit#requests()} and gives them back evenly over {@link Limit#per()} — a token bucket,
 * kept as one instant per key (the generic cell rate algorithm's theoretical arrival time, TAT): a
 * request at {@code now} is allowed when {@code max(TAT, now) - now <= tolerance}, and then moves
 * the TAT one interval on. A counter shared by several instances (a database) counts for all of
 * them; an in-memory one ({@link InMemoryRateLimitCounter}) for its own instance.
 */
public interface RateLimitCounter {

    /**
     * Bursts of {@code requests}, given back evenly over {@code per}.
     *
     * @param requests the burst allowed
     * @param per      the time over which a whole burst is given back
     */
    record Limit(int requests, Duration per) {
        /**
         * Checks that a limit allows a request and its period is positive.
         *
         * @param requests the burst allowed
         * @param per      the time over which a whole burst is given back
         */
        public Limit {
            Objects.requireNonNull(per, "per");
            if (requests < 1) {
                throw new IllegalArgumentException("a rate limit allows at least one request");
            }
            if (per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate limit's period is positive");
            }
        }

        /** @return nanoseconds between two requests at the sustained rate (at least 1) */
        public long intervalNanos() {
            return Math.max(1, per.toNanos() / requests);
        }

        /** @return how far ahead of now the TAT may be for a request to go through: a burst less one interval */
        public long toleranceNanos() {
            return (requests - 1) * intervalNanos();
        }
    }

    /**
     * Counts one request of {@code key} at {@code now} and answers {@link Duration#ZERO}; or, over the
     * limit, counts nothing and answers how long until one more request would be allowed.
     *
     * @param limiter what is limited
     * @param key     whose requests
     * @param limit   the limit
     * @param now     the clock's time
     * @return zero, or how long to wait
     */
    Duration take(String limiter, String key, Limit limit, Instant now);

    /**
     * One request counted against one limit: what is limited, whose request, and the limit.
     *
     * @param limiter what is limited
     * @param key     whose requests
     * @param limit   the limit
     */
    record Take(String limiter, String key, Limit limit) {
        /**
         * Checks that every part is present.
         *
         * @param limiter what is limited
         * @param key     whose requests
         * @param limit   the limit
         */
        public Take {
            Objects.requireNonNull(limiter, "limiter");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(limit, "limit");
        }
    }

    /**
     * Counts one request against each of {@code takes} (distinct limiters) at {@code now}, each as
     * {@link #take} does, and answers the longest wait: zero when every limit let it through. A
     * shared counter does it in one round trip, so a request under several limits costs no more.
     *
     * @param takes the limits the request counts against
     * @param now   the clock's time
     * @return zero, or how long to wait
     */
    default Duration takeAll(List<Take> takes, Instant now) {
        Duration longest = Duration.ZERO;
        for (Take t : takes) {
            Duration wait = take(t.limiter(), t.key(), t.limit(), now);
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        return longest;
    }

    /**
     * What counting one request against one limit found: whether it was counted, how long the caller
     * waits when not, and - when the counter tells it - the key's theoretical arrival time after it,
     * from which what is left of the limit follows (the {@code RateLimit} header's {@code r} and
     * {@code t}).
     *
     * @param take     the limit counted against
     * @param retryAfter zero when counted, else how long until one more request would be
     * @param tatNanos the key's TAT after the request, in {@link #nanos} units; empty when the counter does not say
     */
    record Count(Take take, Duration retryAfter, OptionalLong tatNanos) {
        /**
         * Checks that every part is present.
         *
         * @param take     the limit counted against
         * @param retryAfter zero when counted, else how long until one more request would be
         * @param tatNanos the key's TAT after the request; empty when the counter does not say
         */
        public Count {
            Objects.requireNonNull(take, "take");
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(tatNanos, "tatNanos");
        }

        /** @return whether the request was counted, and so may go on as far as this limit goes */
        public boolean counted() {
            return retryAfter.isZero();
        }

        /**
         * @param now the clock's time of the request
         * @return how many more requests the key may make right now; empty when the counter does not say
         */
        public OptionalLong remaining(Instant now) {
            if (tatNanos.isEmpty()) {
                return OptionalLong.empty();
            }
            long ahead = Math.max(0, tatNanos.getAsLong() - nanos(now));
            Limit l = take.limit();
            return OptionalLong.of(ahead > l.toleranceNanos() ? 0 : (l.toleranceNanos() - ahead) / l.intervalNanos() + 1);
        }

        /**
         * @param now the clock's time of the request
         * @return how long until the key's whole allowance is back; empty when the counter does not say
         */
        public Optional<Duration> untilFull(Instant now) {
            return tatNanos.isEmpty() ? Optional.empty()
                    : Optional.of(Duration.ofNanos(Math.max(0, tatNanos.getAsLong() - nanos(now))));
        }
    }

    /**
     * Counts one request against each of {@code takes}, as {@link #takeAll} does, and answers what
     * each limit found, in the order of {@code takes}. A counter that keeps TATs says them, so the
     * caller can tell what is left; this default, for counters written before, says only the waits.
     *
     * @param takes the limits the request counts against
     * @param now   the clock's time
     * @return one count per take
     */
    default List<Count> countAll(List<Take> takes, Instant now) {
        return takes.stream().map(t -> new Count(t, take(t.limiter(), t.key(), t.limit(), now), OptionalLong.empty()))
                .toList();
    }

    /**
     * Forgets every key whose whole allowance is back at {@code now} (it counts as new).
     *
     * @param now the clock's time
     * @return how many keys were forgotten
     */
    int forgetIdle(Instant now);

    /**
     * @param t an instant
     * @return nanoseconds since the epoch, the unit counters keep their instants in
     */
    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }
}
