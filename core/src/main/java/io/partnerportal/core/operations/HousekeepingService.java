package io.partnerportal.core.operations;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.ReminderDue;
import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What runs on the clock: deleting expired sessions and sign-in links, idempotency records past their
 * keeping time, and partners' events older than 30 days (R21) with their finished webhook deliveries;
 * and R17's reminders - the subscriptions the reminder log schedules for today or earlier (V5: the day
 * {@link Reminders#firstLook} and {@link Reminders#nextLook} name, kept under an index, so that most
 * passes read nothing), page by page, are asked {@link Reminders#due} and scheduled again; with a log
 * that keeps no schedule, every active or upcoming subscription, partner by partner. Each reminder due is recorded for each contact in the reminder log (a
 * unique key) in the unit of work that queues its email, so it goes once whatever the number of
 * instances, passes and restarts. Nothing depends on the pass running on the day: a reminder whose day
 * passed is sent late while its date is still ahead.
 */
final class HousekeepingService implements Housekeeping {
    /** How long the events feed keeps an event (R21: at least 30 days). */
    static final Duration EVENTS_KEPT = Duration.ofDays(30);
    /** Subscriptions read per page of the reminder pass. */
    static final int PAGE = 200;
    /** S7: a sent or skipped email is deleted this long after it finished. */
    static final Duration MAIL_KEPT = Duration.ofDays(400);
    /** Rows one unit of work of the mail retention forgets or deletes. */
    static final int BATCH = 500;

    private final Transactions tx;
    private final SessionRepository sessions;
    private final SessionTimeouts timeouts;
    private final SignInTokenRepository signInTokens;
    private final IdempotencyStore idempotency;
    private final Duration idempotencyKept;
    private final WebhookStore webhooks;
    private final PartnerEventStore events;
    private final PartnerRepository partners;
    private final SubscriptionRepository subscriptions;
    private final ReminderLog reminders;
    private final NotificationOutbox outbox;
    private final Duration mailRetention;

    HousekeepingService(Transactions tx, SessionRepository sessions, SessionTimeouts timeouts,
                        SignInTokenRepository signInTokens, IdempotencyStore idempotency, Duration idempotencyKept,
                        WebhookStore webhooks, PartnerEventStore events, PartnerRepository partners,
                        SubscriptionRepository subscriptions, ReminderLog reminders, NotificationOutbox outbox,
                        Duration mailRetention) {
        this.tx = tx;
        this.sessions = sessions;
        this.timeouts = timeouts;
        this.signInTokens = signInTokens;
        this.idempotency = idempotency;
        this.idempotencyKept = idempotencyKept;
        this.webhooks = webhooks;
        this.events = events;
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.reminders = reminders;
        this.outbox = outbox;
        this.mailRetention = mailRetention;
    }

    @Override
    public Report purgeExpired() {
        Instant now = tx.now();
        Report expired = tx.write(() -> new Report(
                sessions.deleteExpired(now, timeouts),
                signInTokens.deleteExpired(now),
                idempotency.purgeCreatedBefore(now.minus(idempotencyKept)),
                purgeEvents(now.minus(EVENTS_KEPT))));
        int forgotten = inBatches(() -> outbox.forgetContentFinishedBefore(now.minus(mailRetention), BATCH));
        int deleted = inBatches(() -> outbox.deleteFinishedBefore(now.minus(MAIL_KEPT), BATCH));
        return new Report(expired.sessions(), expired.signInLinks(), expired.idempotencyRecords(),
                expired.partnerEvents(), forgotten, deleted);
    }

    /** Runs {@code batch} in units of work of its own until one does less than a whole batch. */
    private int inBatches(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = tx.write(batch::getAsInt);
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int purgeEvents(Instant before) {
        webhooks.deleteFinishedBefore(before);
        return events.deleteOlderThan(before);
    }

    @Override
    public int sendDueReminders() {
        LocalDate today = tx.today();
        if (!reminders.keepsSchedule()) {
            return sendDueRemindersOfEveryLiveSubscription(today);
        }
        int queued = 0;
        java.util.Set<EntitlementNumber> seen = new java.util.HashSet<>();
        List<EntitlementNumber> page;
        do {
            // each one read is scheduled past today (or by a change made meanwhile): the next page is new
            List<EntitlementNumber> fresh = tx.read(() -> reminders.scheduledBy(today, PAGE)).stream()
                    .filter(seen::add).toList();
            page = fresh;
            List<Subscription> due = new ArrayList<>(tx.read(() -> subscriptions.findAll(fresh)));
            due.sort(java.util.Comparator.comparing(s -> s.number().value()));
            for (Subscription s : due) {
                queued += remind(s, today);
            }
        } while (page.size() == PAGE);
        return queued;
    }

    /** The pass for a reminder log that keeps no schedule: every active or upcoming subscription is read. */
    private int sendDueRemindersOfEveryLiveSubscription(LocalDate today) {
        int queued = 0;
        for (Partner partner : tx.read(partners::all)) {
            for (SubscriptionStatus status : List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.UPCOMING)) {
                EntitlementNumber after = null;
                List<Subscription> page;
                do {
                    EntitlementNumber from = after;
                    page = tx.read(() -> subscriptions.partnerPage(partner.id(), null, status, today, from, PAGE));
                    for (Subscription s : page) {
                        queued += remind(s, today);
                        after = s.number();
                    }
                } while (page.size() == PAGE);
            }
        }
        return queued;
    }

    private int remind(Subscription s, LocalDate today) {
        List<Reminders.Due> due = Reminders.due(s, today);
        if (due.isEmpty()) {
            if (reminders.keepsSchedule()) {
                tx.write(() -> reminders.reschedule(s.number(), s.version(), Reminders.nextLook(s, today).orElse(null)));
            }
            return 0;
        }
        return tx.write(changes -> {
            if (reminders.keepsSchedule()) {
                reminders.reschedule(s.number(), s.version(), Reminders.nextLook(s, today).orElse(null));
            }
            Act act = tx.act(new Actor.System());
            int queued = 0;
            for (Reminders.Due d : due) {
                List<PersonId> to = new ArrayList<>();
                for (PersonId contact : s.contacts()) {
                    if (reminders.record(s.number(), d.term(), d.kind(), contact, act.at()) && d.send()) {
                        to.add(contact);
                    }
                }
                if (!to.isEmpty()) {
                    changes.record(new ReminderDue(DomainEvent.newId(), act, s.state(), d.kind(), d.term(), to));
                    queued += to.size();
                }
            }
            return queued;
        });
    }
}
