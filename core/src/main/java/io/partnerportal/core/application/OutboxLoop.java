package io.partnerportal.core.application;

import io.partnerportal.core.domain.notification.RetrySchedule;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
         * What orders the row among others: rows of one key are tried one at a time, in the order
         * claimed (a recipient's emails, an endpoint's deliveries). By default each row is its own key.
         *
         * @param row a row
         * @return its key
         */
        default String key(R row) {
            return Long.toString(id(row));
        }

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

        /**
         * How long a successful attempt may wait to be recorded together with others (SPEC §7.2 V1, V3): one
         * write then records many, instead of a transaction per row. Zero, the default, records each at once.
         * What waits is written before the pass claims again, gives rows back or ends, and once the oldest
         * has waited this long or {@link #RECORD_TOGETHER_AT_MOST} wait; an instance that dies meanwhile
         * leaves those rows to be sent again, so the crash window grows by this much.
         *
         * @return the longest wait, zero for none
         */
        default Duration recordTogetherWithin() {
            return Duration.ZERO;
        }

        /**
         * Records successful attempts together, each while the claimant still holds its row; by default
         * one {@link #record} each.
         *
         * @param sent     the rows sent, in the order they were sent
         * @param claimant who claimed them
         */
        default void recordSent(List<Recorded<R>> sent, String claimant) {
            for (Recorded<R> r : sent) {
                record(r.row(), claimant, r.outcome(), r.attempts(), r.at(), null);
            }
        }
    }

    /** The most successful attempts that wait to be recorded together. */
    public static final int RECORD_TOGETHER_AT_MOST = 100;

    /**
     * A successful attempt waiting to be recorded (see {@link Queue#recordTogetherWithin}).
     *
     * @param row      the row
     * @param outcome  what happened
     * @param attempts the attempts made, this one included
     * @param at       when it ended
     * @param <R>      the rows of the queue
     */
    public record Recorded<R>(R row, Outcome.Sent outcome, int attempts, Instant at) {
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

    /** How often a pass with rows in flight and a free worker looks for more (V4: new rows do not wait for slow ones). */
    static final Duration REFILL_EVERY = Duration.ofMillis(200);

    private final Queue<R> queue;
    private final Clock clock;
    private final String claimant;
    private final int batchSize;
    private final Duration lease;
    private final Duration passBudget;
    private final boolean stopAfterTemporaryFailure;
    private final String noun;
    private final System.Logger log;
    private final int parallelism;
    /** How long successful attempts may wait to be recorded together, in nanoseconds; 0: each at once. */
    private final long together;
    private final Map<String, long[]> tally = new TreeMap<>();
    private ThreadPoolExecutor workers;

    /**
     * A lane that tries one row at a time, on the thread that calls {@link #pass()}.
     *
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
        this(queue, clock, claimant, batchSize, lease, passBudget, stopAfterTemporaryFailure, noun, log, 1);
    }

    /**
     * A lane that tries up to {@code parallelism} keys at once (SPEC §7.2 V1, V3, V4). Rows of one
     * {@link Queue#key key} are still tried one after the other, in the order claimed, and a row
     * that will be tried again keeps the rest of its key back; with more than one worker a pass
     * also claims again whenever a worker is free, so new rows never wait for a slow key, and the
     * queue's attempts and records must be safe to call from several threads.
     *
     * @param queue                     the rows of this lane
     * @param clock                     the clock
     * @param claimant                  names this instance in its claims
     * @param batchSize                 how many rows one claim takes
     * @param lease                     how long a claim holds unless renewed
     * @param passBudget                how long after its start a pass still claims and starts attempts
     * @param stopAfterTemporaryFailure whether one temporary failure ends the pass (one far end for all rows)
     * @param noun                      what a row is called in log lines ("Email", "Webhook delivery")
     * @param log                       where attempts that failed and rows that died are logged
     * @param parallelism               how many keys are tried at once, at least 1 (1: on the calling thread)
     */
    public OutboxLoop(Queue<R> queue, Clock clock, String claimant, int batchSize, Duration lease, Duration passBudget,
                      boolean stopAfterTemporaryFailure, String noun, System.Logger log, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.queue = queue;
        this.clock = clock;
        this.claimant = claimant;
        this.batchSize = batchSize;
        this.lease = lease;
        this.passBudget = passBudget;
        this.stopAfterTemporaryFailure = stopAfterTemporaryFailure;
        this.noun = noun;
        this.log = log;
        this.parallelism = parallelism;
        Duration within = queue.recordTogetherWithin();
        this.together = within == null || within.isNegative() ? 0 : within.toNanos();
    }

    /**
     * One pass: claim, attempt, record (and, with more than one worker, claim again while there is
     * time and a worker is free).
     *
     * @return what the pass did
     */
    public DeliveryReport pass() {
        Instant started = clock.instant();
        Pass p = new Pass(started.plus(passBudget));
        if (parallelism == 1) {
            List<R> claimed = queue.claim(started, lease, claimant, batchSize);
            p.hold(claimed, started.plus(lease));
            try {
                for (List<R> group : groups(claimed)) {
                    p.run(group);
                    p.rethrow();
                }
            } finally {
                p.flushQuietly();
            }
            p.rethrow();
            return p.report();
        }
        return concurrentPass(p);
    }

    /** Rows by key, keys in the order of their first row, rows in the order claimed. */
    private List<List<R>> groups(List<R> rows) {
        Map<String, List<R>> byKey = new LinkedHashMap<>();
        for (R r : rows) {
            byKey.computeIfAbsent(queue.key(r), k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(byKey.values());
    }

    private DeliveryReport concurrentPass(Pass p) {
        ThreadPoolExecutor pool = workers();
        BlockingQueue<Boolean> finished = new LinkedBlockingQueue<>();
        int active = 0;
        boolean more = true;
        boolean interrupted = false;
        while (true) {
            Instant now = clock.instant();
            if (interrupted || Thread.currentThread().isInterrupted() || !now.isBefore(p.passEnds)) {
                p.stop = true;
            }
            // what was sent is recorded before the next claim, so a key's next rows are claimable
            p.flushQuietly();
            // claim ahead: the next keys wait in line while a claim runs, so no worker waits for one
            if (!p.stop && more && active < 2 * parallelism) {
                List<R> claimed = queue.claim(now, lease, claimant, batchSize);
                p.hold(claimed, now.plus(lease));
                for (List<R> group : groups(claimed)) {
                    active++;
                    pool.execute(() -> {
                        try {
                            p.run(group);
                        } finally {
                            finished.add(Boolean.TRUE);
                        }
                    });
                }
                more = !claimed.isEmpty();
            }
            if (active == 0 && (p.stop || !more)) {
                break;
            }
            try {
                // wait for a key to finish; look for new rows now and then while keys are in flight, and
                // record what waits to be recorded at the latest when it has waited long enough
                long wait = together == 0 ? REFILL_EVERY.toMillis()
                        : Math.max(1, Math.min(REFILL_EVERY.toMillis(), TimeUnit.NANOSECONDS.toMillis(together)));
                Boolean one = finished.poll(wait, TimeUnit.MILLISECONDS);
                if (one == null) {
                    more = true;
                } else {
                    active--;
                    while (finished.poll() != null) {
                        active--;
                    }
                    more = true;
                }
            } catch (InterruptedException stopping) {
                interrupted = true; // the application stops: the rows not started go back, the ones in flight finish
                p.stop = true;
            }
        }
        p.flushQuietly();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        p.rethrow();
        return p.report();
    }

    private synchronized ThreadPoolExecutor workers() {
        if (workers == null) {
            AtomicInteger n = new AtomicInteger();
            // named like the application's background threads ("portal-..."), the lane's noun after it
            String name = "portal-" + noun.toLowerCase(Locale.ROOT).replace(' ', '-');
            workers = new ThreadPoolExecutor(parallelism, parallelism, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            workers.allowCoreThreadTimeOut(true); // an idle lane holds no threads
        }
        return workers;
    }

    /** What may happen to a row about to be tried. */
    private enum Go { ATTEMPT, GIVE_BACK, LOST }

    /** One pass's rows, leases and counts; its methods are called from the pass's workers. */
    private final class Pass {
        final Instant passEnds;
        /** The rows claimed and not finished, with the end of their lease. */
        private final Map<Long, Instant> held = new HashMap<>();
        volatile boolean stop;
        private int claimed;
        private int sent;
        private int retried;
        private int dead;
        private int released;
        private RuntimeException failure;
        /** Successful attempts not yet recorded, oldest first, guarded by itself. */
        private final List<Recorded<R>> waiting = new ArrayList<>();
        private long waitingSince;

        Pass(Instant passEnds) {
            this.passEnds = passEnds;
        }

        synchronized void hold(List<R> rows, Instant until) {
            rows.forEach(r -> held.put(queue.id(r), until));
            claimed += rows.size();
        }

        synchronized DeliveryReport report() {
            return new DeliveryReport(claimed, sent, retried, dead, released);
        }

        synchronized void rethrow() {
            if (failure != null) {
                throw failure;
            }
        }

        /** Records what waits to be recorded, on the calling thread. */
        void flush() {
            List<Recorded<R>> out;
            synchronized (waiting) {
                if (waiting.isEmpty()) {
                    return;
                }
                out = new ArrayList<>(waiting);
                waiting.clear();
            }
            queue.recordSent(out, claimant);
        }

        /** As {@link #flush}, a failure ending the pass (and rethrown at its end) instead of thrown. */
        void flushQuietly() {
            try {
                flush();
            } catch (RuntimeException e) {
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
                stop = true;
            }
        }

        /** Keeps a successful attempt to be recorded with others; records them all when enough wait or the oldest waited long enough. */
        private void recordLater(Recorded<R> sent) {
            boolean now;
            synchronized (waiting) {
                long at = System.nanoTime();
                if (waiting.isEmpty()) {
                    waitingSince = at;
                }
                waiting.add(sent);
                now = waiting.size() >= RECORD_TOGETHER_AT_MOST || at - waitingSince >= together;
            }
            if (now) {
                flush();
            }
        }

        /** Tries one key's rows in order; a row tried again later keeps the rest of the key back. */
        void run(List<R> group) {
            try {
                for (int i = 0; i < group.size(); i++) {
                    R row = group.get(i);
                    Go go = prepare(row);
                    if (go == Go.GIVE_BACK) {
                        giveBack(group.subList(i, group.size()));
                        return;
                    }
                    if (go == Go.LOST) {
                        // its lease ran out and another instance claimed it: that one sends it, and the rest
                        lost(group.subList(i, group.size()));
                        return;
                    }
                    if (!attempt(row) && i + 1 < group.size()) {
                        giveBack(group.subList(i + 1, group.size()));
                        return;
                    }
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
                stop = true;
            }
        }

        /** Decides whether the row is tried now, renewing the lease when less than half of it is left. */
        private synchronized Go prepare(R row) {
            long id = queue.id(row);
            Instant now = clock.instant();
            // the far end failed, the pass used its time, or the application stops: the rest waits
            if (stop || !now.isBefore(passEnds) || Thread.currentThread().isInterrupted()) {
                stop = true;
                return Go.GIVE_BACK;
            }
            Instant until = held.get(id);
            if (until == null) {
                return Go.LOST;
            }
            if (!now.plus(lease.dividedBy(2)).isBefore(until)) {
                // less than half the lease left: keep the rows still to do for a whole lease
                Optional<Set<Long>> renewed = queue.renew(new ArrayList<>(held.keySet()), claimant, now.plus(lease));
                if (renewed.isEmpty()) {
                    stop = true; // an attempt now could outlive the lease
                    return Go.GIVE_BACK;
                }
                held.keySet().retainAll(renewed.get());
                held.replaceAll((k, v) -> now.plus(lease));
                if (!held.containsKey(id)) {
                    return Go.LOST;
                }
            }
            return Go.ATTEMPT;
        }

        private void giveBack(List<R> rows) {
            flush(); // what was sent before them is recorded first
            for (R r : rows) {
                boolean ours;
                synchronized (this) {
                    ours = held.remove(queue.id(r)) != null;
                    released++;
                }
                if (ours) {
                    queue.release(r, claimant);
                }
            }
        }

        private synchronized void lost(List<R> rows) {
            for (R r : rows) {
                held.remove(queue.id(r));
                released++;
            }
        }

        /** Tries the row and records how it went; false when it is to be tried again later. */
        private boolean attempt(R row) {
            long id = queue.id(row);
            Outcome outcome;
            try {
                outcome = queue.attempt(row, clock.instant());
            } catch (RuntimeException failure) {
                outcome = new Outcome.Failed(true, "unexpected error", "unexpected error", null);
            }
            Instant done = clock.instant();
            int attempts = queue.attempts(row) + (outcome instanceof Outcome.Sent || outcome instanceof Outcome.Failed
                    ? 1 : 0);
            if (!(outcome instanceof Outcome.Sent)) {
                flush(); // records keep the order of the attempts
            }
            String type = queue.type(row);
            boolean finished = true;
            try {
                if (outcome instanceof Outcome.Sent s && together > 0) {
                    recordLater(new Recorded<>(row, s, attempts, done));
                    count(type, 1, 1, 0, 0);
                    synchronized (this) {
                        sent++;
                    }
                } else if (outcome instanceof Outcome.Sent) {
                    queue.record(row, claimant, outcome, attempts, done, null);
                    count(type, 1, 1, 0, 0);
                    synchronized (this) {
                        sent++;
                    }
                } else if (outcome instanceof Outcome.Skipped) {
                    queue.record(row, claimant, outcome, attempts, done, null);
                } else if (outcome instanceof Outcome.Failed f && f.temporary()
                        && RetrySchedule.delayAfter(attempts).isPresent()) {
                    Instant next = done.plus(RetrySchedule.delayAfter(attempts).get());
                    queue.record(row, claimant, outcome, attempts, done, next);
                    failed(id, type, attempts, next, f.logged());
                    count(type, 1, 0, 1, 0);
                    synchronized (this) {
                        retried++;
                    }
                    if (stopAfterTemporaryFailure) {
                        stop = true;
                    }
                    finished = false;
                } else if (outcome instanceof Outcome.Failed f) {
                    queue.record(row, claimant, outcome, attempts, done, null);
                    failed(id, type, attempts, null, f.logged());
                    dead(id, type, attempts, f.logged());
                    count(type, 1, 0, 0, 1);
                    synchronized (this) {
                        dead++;
                    }
                    if (stopAfterTemporaryFailure && f.temporary()) {
                        stop = true;
                    }
                } else {
                    Outcome.GaveUp g = (Outcome.GaveUp) outcome;
                    queue.record(row, claimant, outcome, attempts, done, null);
                    dead(id, type, attempts, g.reason());
                    count(type, 0, 0, 0, 1);
                    synchronized (this) {
                        dead++;
                    }
                }
            } finally {
                synchronized (this) {
                    held.remove(id);
                }
            }
            return finished;
        }
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
