package io.partnerportal.core.port.in;

/** Deletes what has expired: sessions, sign-in links, idempotency records past their keeping time. */
public interface Housekeeping {

    Report purgeExpired();

    record Report(int sessions, int signInLinks, int idempotencyRecords) {
    }
}
