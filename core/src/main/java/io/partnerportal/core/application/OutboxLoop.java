package io.partnerportal.core.application;

import io.partnerportal.core.domain.notification.RetrySchedule;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One lane of a transactional outbox (SPEC §4, R20), written once for emails and webhook deliveries:
 * a pass claims due rows under a short lease, tries each outside any unit of work, and records the
 * outcome - sent, skipped, tried again after 1 min / 5 min / 30 min / 2 h / 12 h
 * ({@link RetrySchedule}), or dead. More lanes are more loops over other {@link Queue}s, not copies.
 *
 * <p>A pass keeps its rows alive: before an attempt, when less than half the lease is left, it
 * renews the lease of the rows it still has to do (a queue that cannot renew gives them back
 * instead), so every attempt starts with at least half a lease and the rows of an instance that died
 * are free again one lease after its last renewal; a row whose renewal failed is another
 * instance's now and is left alone. Once the pass budget is used, after a temporary failure in a
 * lane whose failures say the far end is down, or when the pass's thread is interrupted (the
 * application stops), the rest of the batch is given back unsent for the next pass. Time comes from
 * the clock, so tests advance it instead of sleeping. Each failed attempt is one WARN line, each
 * row that gave up one ERROR line, naming the row, its type and why - never its recipient or content.
 *
 * @param <R> the rows of the queue
 */
public final class OutboxLoop<R> {
    /**
     * What a queue tells its loop: how to claim, renew and give back rows, and how to try one.
     *
     * @param <R> its rows
     */
    public interface Queue<R> {
        /**
         * Claims due rows, never one another claimant holds under a live lease.
         *
         * @param now      the clock's instant
         * @param lease    how long the claim holds
         * @param claimant who claims
         * @param limit    the most rows
         * @return the rows claimed, in the order to try them
         */
        List<R> claim(Instant now, Duration lease, String claimant, int limit);

        /**
         * Extends the lease of the rows the claimant still holds.
         *
         * @param ids      the rows
         * @param claimant who claimed them
         * @param until    the new end of the lease
         * @return the ids renewed; empty when the queue cannot renew (the loop gives the rows back)
         */
        Optional<Set<Long>> renew(Collection<Long> ids, String claimant, Instant until);

        /**
         * Gives a claimed row back untouched: it is claimable again at once.
         *
         * @param row      the row
         * @param claimant who claimed it
         */
        void release(R row, String claimant);

        /**
         * @param row a row
         * @return its id
         */
        long id(R row);

        /**
         * @param row a row
         * @return its type, as tallies and log lines name it
         */
        String type(R row);

        /**
         * @param row a row
         * @return the attempts made before this pass
         */
        int attempts(R row);

        /**
         * Tries the row once; never throws for a failure of the far end, it reports it.
         *
         * @param row the row
         * @param now the clock's instant
         * @return what happened
         */
        Outcome attempt(R row, Instant now);

        /**
         * Records the outcome of the attempt, while the claimant still holds the row.
         *
         * @param row      the row
         * @param claimant who claimed it
         * @param outcome  what happened
         * @param attempts the attempts made, this one included (the same as before when none was made)
         * @param at       when it ended
         * @param nextTry  when to try again; null unless it is tried again
         */
        void record(R row, String claimant, Outcome outcome, int attempts, Instant at, Instant nextTry);
    }

    /** What one attempt at a row did. */
    public sealed interface Outcome {
        /**
         * Delivered.
         *
         * @param code the far end's status code, when it gives one (an HTTP status), else null
         */
        record Sent(Integer code) implements Outcome {
        }

        /**
         * Not attempted and not to be: its recipient switched its type off (R18). Not counted.
         */
        record Skipped() implements Outcome {
        }

        /**
         * Attempted and failed.
         *
         * @param temporary whether a later try may work (else the row is dead at once)
         * @param reason    what is recorded with the row
         * @param logged    what the log line says: a reply with its addresses masked, or a word
         * @param code      the far end's status code, when it gave one (an HTTP status), else null
         */
        record Failed(boolean temporary, String reason, String logged, Integer code) implements Outcome {
        }

        /**
         * Not attempted, and never going to be: expired, or its endpoint or event is gone. The row is dead.
         *
         * @param reason what is recorded with the row and logged
         */
        record GaveUp(String reason) implements Outcome {
        }
    }

    private final Queue<R> queue;
    private final Clock clock;
    private final String claimant;
    private final int batchSize;
    private final Duration lease;
    private final Duration passBudget;
    private final boolean stopAfterTemporaryFailure;
    private final String noun;
    private final System.Logger log;
    private final Map<String, long[]> tally = new TreeMap<>();

    /**
     * @param queue                     the rows of this lane
     * @param clock                     the clock
     * @param claimant                  names this instance in its claims
     * @param batchSize                 how many rows a pass claims
     * @param lease                     how long a claim holds unless renewed
     * @param passBudget                how long after its claim a pass still starts attempts
     * @param stopAfterTemporaryFailure whether one temporary failure ends the pass (one far end for all rows)
     * @param noun                      what a row is called in log lines ("Email", "Webhook delivery")
     * @param log                       where attempts that failed and rows that died are logged
     */
    public OutboxLoop(Queue<R> queue, Clock clock, String claimant, int batchSize, Duration lease, Duration passBudget,
                      boolean stopAfterTemporaryFailure, String noun, System.Logger log) {
        this.queue = queue;
        this.clock = clock;
        this.claimant = claimant;
        this.batchSize = batchSize;
        this.lease = lease;
        this.passBudget = passBudget;
        this.stopAfterTemporaryFailure = stopAfterTemporaryFailure;
        this.noun = noun;
        this.log = log;
    }

    /**
     * One pass: claim, attempt, record.
     *
     * @return what the pass did
     */
    public DeliveryReport pass() {
        Instant started = clock.instant();
        List<R> claimed = queue.claim(started, lease, claimant, batchSize);
        Instant passEnds = started.plus(passBudget);
        Instant leaseUntil = started.plus(lease);
        Set<Long> held = new HashSet<>();
        claimed.forEach(r -> held.add(queue.id(r)));
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int released = 0;
        boolean stop = false;
        for (int i = 0; i < claimed.size(); i++) {
            R row = claimed.get(i);
            long id = queue.id(row);
            Instant now = clock.instant();
            // the far end failed, the pass used its time, or the application stops: the rest waits
            boolean giveBack = stop || !now.isBefore(passEnds) || Thread.currentThread().isInterrupted();
            if (!giveBack && !now.plus(lease.dividedBy(2)).isBefore(leaseUntil)) {
                // less than half the lease left: keep the rows still to do for a whole lease
                List<Long> rest = new ArrayList<>();
                for (R r : claimed.subList(i, claimed.size())) {
                    if (held.contains(queue.id(r))) {
                        rest.add(queue.id(r));
                    }
                }
                Optional<Set<Long>> renewed = queue.renew(rest, claimant, now.plus(lease));
                if (renewed.isPresent()) {
                    held.retainAll(renewed.get());
                    leaseUntil = now.plus(lease);
                } else {
                    giveBack = true; // an attempt now could outlive the lease
                }
            }
            if (giveBack) {
                if (held.contains(id)) {
                    queue.release(row, claimant);
                }
                stop = true;
                released++;
                continue;
            }
            if (!held.contains(id)) {
                // its lease ran out and another instance claimed it: that one sends it
                released++;
                continue;
            }
            Outcome outcome;
            try {
                outcome = queue.attempt(row, now);
            } catch (RuntimeException failure) {
                outcome = new Outcome.Failed(true, "unexpected error", "unexpected error", null);
            }
            Instant done = clock.instant();
            int attempts = queue.attempts(row) + (outcome instanceof Outcome.Sent || outcome instanceof Outcome.Failed
                    ? 1 : 0);
            String type = queue.type(row);
            if (outcome instanceof Outcome.Sent) {
                queue.record(row, claimant, outcome, attempts, done, null);
                count(type, 1, 1, 0, 0);
                sent++;
            } else if (outcome instanceof Outcome.Skipped) {
                queue.record(row, claimant, outcome, attempts, done, null);
            } else if (outcome instanceof Outcome.Failed f && f.temporary()
                    && RetrySchedule.delayAfter(attempts).isPresent()) {
                Instant next = done.plus(RetrySchedule.delayAfter(attempts).get());
                queue.record(row, claimant, outcome, attempts, done, next);
                failed(id, type, attempts, next, f.logged());
                count(type, 1, 0, 1, 0);
                retried++;
                stop = stopAfterTemporaryFailure;
            } else if (outcome instanceof Outcome.Failed f) {
                queue.record(row, claimant, outcome, attempts, done, null);
                failed(id, type, attempts, null, f.logged());
                dead(id, type, attempts, f.logged());
                count(type, 1, 0, 0, 1);
                dead++;
                stop = stopAfterTemporaryFailure && f.temporary();
            } else {
                Outcome.GaveUp g = (Outcome.GaveUp) outcome;
                queue.record(row, claimant, outcome, attempts, done, null);
                dead(id, type, attempts, g.reason());
                count(type, 0, 0, 0, 1);
                dead++;
            }
        }
        return new DeliveryReport(claimed.size(), sent, retried, dead, released);
    }

    /** The attempt failed; {@code nextTry} is null when no try follows (the row is dead). */
    private void failed(long id, String type, int attempt, Instant nextTry, String why) {
        log.log(Level.WARNING, noun + " " + id + " (" + type + ") attempt " + attempt + " failed; next try "
                + (nextTry == null ? "none" : "at " + nextTry) + ": " + why);
    }

    private void dead(long id, String type, int attempts, String why) {
        log.log(Level.ERROR, noun + " " + id + " (" + type + ") is dead after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ": " + why);
    }

    private void count(String type, int attempted, int sent, int retried, int dead) {
        synchronized (tally) {
            long[] c = tally.computeIfAbsent(type, t -> new long[4]);
            c[0] += attempted;
            c[1] += sent;
            c[2] += retried;
            c[3] += dead;
        }
    }

    /**
     * What this instance's passes did since it started, by type (types with nothing to count are absent).
     *
     * @return the counts by type
     */
    public Map<String, DeliveryTally> tally() {
        Map<String, DeliveryTally> out = new TreeMap<>();
        synchronized (tally) {
            tally.forEach((type, c) -> out.put(type, new DeliveryTally(c[0], c[1], c[2], c[3])));
        }
        return Collections.unmodifiableMap(out);
    }
}
