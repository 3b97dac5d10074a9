package io.partnerportal.core.operations;

import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.partner.IdempotencyService;
import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired sessions and sign-in links, idempotency records past their keeping time, and
 * partners' events older than 30 days (R21) with their finished webhook deliveries; queues the
 * reminders due (R17, {@link ReminderPass}).
 */
public final class HousekeepingService implements Housekeeping {
    /** How long the events feed keeps an event (R21: at least 30 days). */
    public static final Duration EVENTS_KEPT = Duration.ofDays(30);

    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;
    private final SessionTimeouts sessions;
    private final ReminderPass reminders;

    public HousekeepingService(Storage storage, Work work, Clock clock, SessionTimeouts sessions) {
        this.storage = storage;
        this.tx = work.tx();
        this.reminders = new ReminderPass(work, storage);
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    public Report purgeExpired() {
        Instant now = clock.instant();
        return tx.write(() -> new Report(
                storage.sessions().deleteExpired(now, sessions),
                storage.signInTokens().deleteExpired(now),
                storage.idempotency().purgeCreatedBefore(now.minus(IdempotencyService.KEEP)),
                purgeEvents(now.minus(EVENTS_KEPT))));
    }

    private int purgeEvents(Instant before) {
        storage.webhooks().deleteFinishedBefore(before);
        return storage.events().deleteOlderThan(before);
    }

    @Override
    public int sendDueReminders() {
        return reminders.sendDue();
    }
}
