package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.SessionTimeouts;
import io.partnerportal.core.port.in.Housekeeping;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.Instant;

/**
 * Deletes expired sessions and sign-in links, and idempotency records past their keeping time;
 * queues the reminders due (R17, {@link ReminderPass}).
 */
final class HousekeepingService implements Housekeeping {
    private final Storage storage;
    private final Transactions tx;
    private final Clock clock;
    private final SessionTimeouts sessions;
    private final ReminderPass reminders;

    HousekeepingService(Storage storage, Work work, Clock clock, SessionTimeouts sessions) {
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
                storage.idempotency().purgeCreatedBefore(now.minus(IdempotencyService.KEEP))));
    }

    @Override
    public int sendDueReminders() {
        return reminders.sendDue();
    }
}
