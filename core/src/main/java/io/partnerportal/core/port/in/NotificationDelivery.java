package io.partnerportal.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outbox's delivery loop, one pass at a time (SPEC §4): the application schedules it; tests
 * call it after advancing the clock. Operators read the outbox's state and the dead rows, and
 * send dead rows again.
 */
public interface NotificationDelivery {

    /** Claims due rows, sends them, records each outcome. */
    Report deliverDue();

    Status status();

    /** Rows that gave up, newest first, for operators. */
    List<DeadNotification> dead(int limit);

    /**
     * Makes the dead rows of these ids pending again, with a fresh run of retries; returns how
     * many. An id that names no dead row is a validation error naming it, and nothing changes.
     */
    int requeue(List<Long> ids);

    /** Makes every dead row pending again, with a fresh run of retries; returns how many. */
    int requeueAllDead();

    /**
     * What this instance's passes did since it started, by notification type name (types with
     * nothing to count are absent): for operators' counters.
     */
    Map<String, Tally> tally();

    /** {@code released}: claimed but not attempted, to be sent by a later pass (given back, or no longer ours). */
    record Report(int claimed, int sent, int retried, int dead, int released) {
    }

    /**
     * Counts of one type: {@code attempted} rows handed to the mail server; of these, {@code sent}
     * accepted and {@code retried} failed with another try to come; {@code dead} rows that gave up
     * (a failed last attempt, a permanent failure, or a sign-in link that expired unsent).
     */
    record Tally(long attempted, long sent, long retried, long dead) {
    }

    /** {@code oldestPendingSince}: when the oldest row still waiting was queued; null when none waits. */
    record Status(long pending, long dead, Instant oldestPendingSince) {
        public Status(long pending, long dead) {
            this(pending, dead, null);
        }
    }

    record DeadNotification(long id, String type, String recipient, int attempts, Instant diedAt, String lastError) {
    }
}
