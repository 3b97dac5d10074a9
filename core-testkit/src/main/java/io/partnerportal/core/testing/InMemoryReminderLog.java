package io.partnerportal.core.testing;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.ReminderLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reminder log as a set of keys in the in-memory tables: a unit of work that fails forgets its keys. */
final class InMemoryReminderLog implements ReminderLog {
    private final InMemoryDatabase db;

    InMemoryReminderLog(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean record(EntitlementNumber subscription, LocalDate term, Reminders.Kind kind, PersonId contact,
                          Instant at) {
        return db.unit(() -> db.tables.reminders.add(List.of(subscription, term, kind, contact)));
    }
}
