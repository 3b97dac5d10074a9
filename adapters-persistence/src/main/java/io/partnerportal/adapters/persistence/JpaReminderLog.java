package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.ReminderLog;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R17's reminder log: one insert in the unit of work that queues the reminder, which the table's
 * primary key lets through once ({@link Dialect#insertReminder}); the count it answers says
 * whether this was the first time.
 */
final class JpaReminderLog implements ReminderLog {
    private final Jpa jpa;
    private final Dialect dialect;

    JpaReminderLog(Jpa jpa, Dialect dialect) {
        this.jpa = jpa;
        this.dialect = dialect;
    }

    @Override
    public boolean record(EntitlementNumber subscription, LocalDate term, Reminders.Kind kind, PersonId contact,
                          Instant at) {
        return jpa.write(em -> em.createNativeQuery(dialect.insertReminder)
                .setParameter(1, subscription.value())
                .setParameter(2, term)
                .setParameter(3, kind.name())
                .setParameter(4, contact.toString())
                .setParameter(5, Times.utc(at))
                .executeUpdate()) == 1;
    }
}
