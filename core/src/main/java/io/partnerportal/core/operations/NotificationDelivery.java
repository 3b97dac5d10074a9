package io.partnerportal.core.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outbox's delivery loop, one pass at a time (SPEC §4): the application schedules it; tests
 * call it after advancing the clock. Operators read the outbox's state and the dead rows, and
 * send dead rows again.
 */
public interface NotificationDelivery {

    /**
     * Claims due rows, sends them, records each outcome.
     *
     * @return what the pass did
     */
    Report deliverDue();

    /**
     * How many rows wait and how many gave up (metrics, health).
     *
     * @return the counts
     */
    Status status();

    /**
     * Rows that gave up, newest first, for operators.
     *
     * @param limit the most rows to return
     * @return the rows
     */
    List<DeadNotification> dead(int limit);

    /**
     * Makes the dead rows of these ids pending again, with a fresh run of retries. An id that names
     * no dead row is a validation error naming it, and nothing changes.
     *
     * @param ids the dead rows
     * @return how many were requeued
     */
    int requeue(List<Long> ids);

    /**
     * Makes every dead row pending again, with a fresh run of retries.
     *
     * @return how many were requeued
     */
    int requeueAllDead();

    /**
     * What this instance's passes did since it started, by notification type name (types with
     * nothing to count are absent): for operators' counters.
     *
     * @return the counts by type
     */
    Map<String, Tally> tally();

    /**
     * What one pass did.
     *
     * @param claimed  rows claimed
     * @param sent     rows sent
     * @param retried  rows that failed and will be tried again
     * @param dead     rows given up
     * @param released rows claimed but not attempted, to be sent by a later pass (given back, or no
     *                 longer ours)
     */
    record Report(int claimed, int sent, int retried, int dead, int released) {
    }

    /**
     * Counts of one type: {@code attempted} rows handed to the mail server; of these, {@code sent}
     * accepted and {@code retried} failed with another try to come; {@code dead} rows that gave up
     * (a failed last attempt, a permanent failure, or a sign-in link that expired unsent).
     *
     * @param attempted rows handed to the mail server
     * @param sent      of these, accepted
     * @param retried   of these, failed with another try to come
     * @param dead      rows that gave up
     */
    record Tally(long attempted, long sent, long retried, long dead) {
    }

    /**
     * The outbox at a glance.
     *
     * @param pending            rows still to send
     * @param dead               rows given up
     * @param oldestPendingSince when the oldest row still waiting was queued; null when none waits
     */
    record Status(long pending, long dead, Instant oldestPendingSince) {
        /**
         * The outbox with no age to tell.
         *
         * @param pending rows still to send
         * @param dead    rows given up
         */
        public Status(long pending, long dead) {
            this(pending, dead, null);
        }
    }

    /**
     * A row that gave up, as operators see it.
     *
     * @param id        the outbox row
     * @param type      which email
     * @param recipient whom it was for
     * @param attempts  the attempts made
     * @param diedAt    when it was given up
     * @param lastError why the last attempt failed
     */
    record DeadNotification(long id, String type, String recipient, int attempts, Instant diedAt, String lastError) {
    }
}
