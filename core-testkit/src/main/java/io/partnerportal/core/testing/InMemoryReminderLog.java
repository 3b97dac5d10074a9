package io.partnerportal.core.testing;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.ReminderLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The reminder log as a set of keys in the in-memory tables: a unit of work that fails forgets its keys.
 * The pass's schedule (V5) is a day per subscription; a subscription stored without one is due.
 */
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

    @Override
    public boolean keepsSchedule() {
        return true;
    }

    @Override
    public void schedule(EntitlementNumber subscription, LocalDate on) {
        db.write(() -> db.tables.remindOn.put(subscription, on == null ? LocalDate.MAX : on));
    }

    @Override
    public void reschedule(EntitlementNumber subscription, long version, LocalDate on) {
        db.write(() -> {
            var stored = db.tables.subscriptions.get(subscription);
            if (stored != null && stored.version() == version) {
                db.tables.remindOn.put(subscription, on == null ? LocalDate.MAX : on);
            }
        });
    }

    @Override
    public List<EntitlementNumber> scheduledBy(LocalDate today, int limit) {
        Objects.requireNonNull(today, "today");
        return db.read(() -> db.tables.subscriptions.keySet().stream()
                .filter(n -> !db.tables.remindOn.getOrDefault(n, today).isAfter(today))
                .sorted(java.util.Comparator.comparing((EntitlementNumber n) -> db.tables.remindOn.getOrDefault(n, today))
                        .thenComparing(EntitlementNumber::value))
                .limit(limit).toList());
    }
}
