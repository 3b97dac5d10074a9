package io.partnerportal.core.port.in;

import java.time.Instant;
import java.util.List;

/**
 * The outbox's delivery loop, one pass at a time (SPEC §4): the application schedules it; tests
 * call it after advancing the clock.
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
     * What one pass did.
     *
     * @param claimed  rows claimed
     * @param sent     rows sent
     * @param retried  rows that failed and will be tried again
     * @param dead     rows given up
     * @param released rows claimed but given back unsent, to be sent by a later pass
     */
    record Report(int claimed, int sent, int retried, int dead, int released) {
    }

    /**
     * The outbox at a glance.
     *
     * @param pending rows still to send
     * @param dead    rows given up
     */
    record Status(long pending, long dead) {
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
