package io.partnerportal.core.operations;

/**
 * What runs on the clock, not on a request: deleting what has expired (sessions, sign-in links,
 * idempotency records past their keeping time, old partner events) and queuing the reminders due (R17).
 */
public interface Housekeeping {

    /**
     * Deletes expired sessions and sign-in links, and idempotency records older than their keeping time.
     *
     * @return how many of each were deleted
     */
    Report purgeExpired();

    /**
     * R17: queues the renewal and start reminders due today that were not sent yet (once per
     * subscription, term, kind and contact, whatever the number of instances and runs).
     *
     * @return how many reminders were queued
     */
    int sendDueReminders();

    /**
     * How many of each were deleted.
     *
     * @param sessions           expired sessions
     * @param signInLinks        expired sign-in links
     * @param idempotencyRecords idempotency records past their keeping time
     * @param partnerEvents      partners' events older than 30 days (R21)
     */
    record Report(int sessions, int signInLinks, int idempotencyRecords, int partnerEvents) {
    }
}
