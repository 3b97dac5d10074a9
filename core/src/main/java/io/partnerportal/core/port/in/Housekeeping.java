package io.partnerportal.core.port.in;

/** Deletes what has expired: sessions, sign-in links, idempotency records past their keeping time, old partner events. */
public interface Housekeeping {

    /**
     * Deletes expired sessions and sign-in links, and idempotency records older than their keeping time.
     *
     * @return how many of each were deleted
     */
    Report purgeExpired();

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
