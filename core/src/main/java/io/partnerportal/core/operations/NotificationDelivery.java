package io.partnerportal.core.operations;

import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.DeliveryTally;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import java.time.Clock;
import java.time.Duration;
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
     * The email outbox's loop over the ports it calls; {@link io.partnerportal.core.Core} wires it.
     *
     * @param outbox     the email outbox
     * @param people     the recipients' email preferences (R18)
     * @param keys       the key unsubscribe links are signed with
     * @param sender     renders and sends one email
     * @param clock      the clock
     * @param claimant   names this instance in its claims
     * @param batchSize  how many rows one pass claims
     * @param lease      how long a claimed row stays with its claimant unless renewed
     * @param passBudget how long after its claim a pass still starts sending
     * @param log        where failed attempts and dead rows are logged
     * @return the port
     */
    static NotificationDelivery create(NotificationOutbox outbox, PersonRepository people, SigningKeys keys,
                                       NotificationSender sender, Clock clock, String claimant, int batchSize,
                                       Duration lease, Duration passBudget, System.Logger log) {
        return create(outbox, people, keys, sender, clock, claimant, batchSize, lease, passBudget, log, 1);
    }

    /**
     * The email outbox's loop, sending to up to {@code parallelism} recipients at once (SPEC §7.2 V1);
     * the sender must then be safe to call from several threads.
     *
     * @param outbox      the email outbox
     * @param people      the recipients' email preferences (R18)
     * @param keys        the key unsubscribe links are signed with
     * @param sender      renders and sends one email
     * @param clock       the clock
     * @param claimant    names this instance in its claims
     * @param batchSize   how many rows one claim takes
     * @param lease       how long a claimed row stays with its claimant unless renewed
     * @param passBudget  how long after its start a pass still claims and starts sending
     * @param log         where failed attempts and dead rows are logged
     * @param parallelism how many recipients are sent to at once, at least 1 (1: on the calling thread)
     * @return the port
     */
    static NotificationDelivery create(NotificationOutbox outbox, PersonRepository people, SigningKeys keys,
                                       NotificationSender sender, Clock clock, String claimant, int batchSize,
                                       Duration lease, Duration passBudget, System.Logger log, int parallelism) {
        return new EmailDelivery(outbox, people, keys, sender, clock, claimant, batchSize, lease, passBudget, log,
                parallelism);
    }

    /**
     * Claims due rows, sends them, records each outcome: a pass of the other emails' lane, then, unless
     * an attempt failed for now (the mail server is likely down), one of the sign-in links' lane.
     *
     * @return what the passes did
     */
    DeliveryReport deliverDue();

    /**
     * A pass of the sign-in links' lane alone (SPEC §7.2 V2): links never wait behind other mail, so
     * the application runs it often, on a thread of its own. A delivery without lanes does nothing
     * here and sends links in {@link #deliverDue()}.
     *
     * @return what the pass did
     */
    default DeliveryReport deliverDueLinks() {
        return new DeliveryReport(0, 0, 0, 0, 0);
    }

    /**
     * How many rows wait and how many gave up (metrics, health).
     *
     * @return the counts
     */
    Status status();

    /**
     * Rows that gave up, newest first, for operators.
     *
     * @param limit the most rows to return, 1 to 1,000
     * @return the rows
     * @throws io.partnerportal.core.domain.error.ValidationException a limit out of range ({@code limit})
     */
    List<DeadNotification> dead(int limit);

    /**
     * Makes the dead rows of these ids pending again, with a fresh run of retries. An id that names
     * no dead row is a validation error naming it, and nothing changes.
     *
     * @param ids the dead rows
     * @return how many were requeued
     * @throws io.partnerportal.core.domain.error.ValidationException none named, more than 1,000, or an id
     *         that names no dead row ({@code ids})
     * @throws io.partnerportal.core.domain.error.ConflictException {@code CONCURRENT_UPDATE} when a row
     *         changed meanwhile; nothing was requeued
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
    Map<String, DeliveryTally> tally();

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
