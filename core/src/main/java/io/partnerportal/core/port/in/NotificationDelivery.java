package io.partnerportal.core.port.in;

import java.time.Instant;
import java.util.List;

/**
 * The outbox's delivery loop, one pass at a time (SPEC §4): the application schedules it; tests
 * call it after advancing the clock.
 */
public interface NotificationDelivery {

    /** Claims due rows, sends them, records each outcome. */
    Report deliverDue();

    Status status();

    /** Rows that gave up, newest first, for operators. */
    List<DeadNotification> dead(int limit);

    /** {@code released}: claimed but given back unsent, to be sent by a later pass. */
    record Report(int claimed, int sent, int retried, int dead, int released) {
    }

    record Status(long pending, long dead) {
    }

    record DeadNotification(long id, String type, String recipient, int attempts, Instant diedAt, String lastError) {
    }
}
