package io.partnerportal.core.operations;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.ReminderLog;
import io.partnerportal.core.port.out.SessionRepository;
import io.partnerportal.core.port.out.SignInTokenRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.Duration;

/**
 * What runs on the clock, not on a request: deleting what has expired (sessions, sign-in links,
 * idempotency records past their keeping time, old partner events) and queuing the reminders due (R17).
 */
public interface Housekeeping {

    /**
     * Housekeeping over the ports it calls; {@link io.partnerportal.core.Core} wires it.
     *
     * @param tx              units of work and the clock
     * @param sessions        the contacts' sessions
     * @param timeouts        how long a session lasts
     * @param signInTokens    the sign-in links
     * @param idempotency     the idempotency records
     * @param idempotencyKept how long an idempotency record is kept
     * @param webhooks        the webhook deliveries
     * @param events          the partners' events feed
     * @param partners        the partners, whose subscriptions the reminder pass reads
     * @param subscriptions   the subscriptions
     * @param reminders       the reminders already due (R17)
     * @return the port
     */
    static Housekeeping create(Transactions tx, SessionRepository sessions, SessionTimeouts timeouts,
                               SignInTokenRepository signInTokens, IdempotencyStore idempotency,
                               Duration idempotencyKept, WebhookStore webhooks, PartnerEventStore events,
                               PartnerRepository partners, SubscriptionRepository subscriptions,
                               ReminderLog reminders) {
        return new HousekeepingService(tx, sessions, timeouts, signInTokens, idempotency, idempotencyKept, webhooks,
                events, partners, subscriptions, reminders);
    }

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
