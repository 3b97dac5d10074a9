package io.partnerportal.core.operations;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.port.out.IdempotencyStore;
import io.partnerportal.core.port.out.NotificationOutbox;
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
     * @param outbox          the email outbox
     * @param mailRetention   how long a sent email keeps its content (S7)
     * @return the port
     */
    static Housekeeping create(Transactions tx, SessionRepository sessions, SessionTimeouts timeouts,
                               SignInTokenRepository signInTokens, IdempotencyStore idempotency,
                               Duration idempotencyKept, WebhookStore webhooks, PartnerEventStore events,
                               PartnerRepository partners, SubscriptionRepository subscriptions,
                               ReminderLog reminders, NotificationOutbox outbox, Duration mailRetention) {
        return new HousekeepingService(tx, sessions, timeouts, signInTokens, idempotency, idempotencyKept, webhooks,
                events, partners, subscriptions, reminders, outbox, mailRetention);
    }

    /**
     * Deletes expired sessions and sign-in links, idempotency records older than their keeping time and
     * partners' events older than 30 days with their finished deliveries; forgets the content of sent
     * emails past the mail retention and deletes them after 400 days (S7), in batches, each in a unit
     * of work of its own, through indexes.
     *
     * @return how many of each were deleted or forgotten
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
     * How many of each were deleted or forgotten.
     *
     * @param sessions              expired sessions
     * @param signInLinks           expired sign-in links
     * @param idempotencyRecords    idempotency records past their keeping time
     * @param partnerEvents         partners' events older than 30 days (R21)
     * @param emailContentsForgotten sent and skipped emails whose content was forgotten (S7)
     * @param emailsDeleted         sent and skipped emails older than 400 days, deleted (S7)
     */
    record Report(int sessions, int signInLinks, int idempotencyRecords, int partnerEvents,
                  int emailContentsForgotten, int emailsDeleted) {
        /**
         * A purge that touched no email.
         *
         * @param sessions           expired sessions
         * @param signInLinks        expired sign-in links
         * @param idempotencyRecords idempotency records past their keeping time
         * @param partnerEvents      partners' events older than 30 days
         */
        public Report(int sessions, int signInLinks, int idempotencyRecords, int partnerEvents) {
            this(sessions, signInLinks, idempotencyRecords, partnerEvents, 0, 0);
        }
    }
}
