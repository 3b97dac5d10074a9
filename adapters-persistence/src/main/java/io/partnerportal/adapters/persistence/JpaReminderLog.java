package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.port.out.ReminderLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * R17's reminder log: one insert in the unit of work that queues the reminder, which the table's
 * primary key lets through once ({@link Dialect#insertReminder}); the count it answers says
 * whether this was the first time. V5: the pass's schedule is the subscription row's
 * {@code next_reminder_on} under the index {@code subscription_reminder_due}: set on the row a unit of
 * work stores (written with it, no statement of its own), reset by the pass with one update guarded
 * by the version it read, and read as the due rows in entitlement-number order.
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

    /**
     * V5: the subscriptions due for the pass, read in the index's own order (an order by entitlement
     * number alone was planned as a walk of the primary key over every row while the table had no
     * statistics), with the limit in the statement: without it a freshly loaded table's guess of a
     * third of the rows due was planned as a scan and a sort.
     */
    static final String SCHEDULED_BY = "SELECT entitlement_number FROM subscription WHERE next_reminder_on <= ?"
            + " ORDER BY next_reminder_on, entitlement_number LIMIT ?";
    /** V5: the pass's next look, unless the subscription moved on since it read it (a null day is bound as text on PostgreSQL: cast). */
    static final String RESCHEDULE = "UPDATE subscription SET next_reminder_on = CAST(? AS DATE) WHERE entitlement_number = ?"
            + " AND version = ?";

    @Override
    public boolean keepsSchedule() {
        return true;
    }

    @Override
    public void schedule(EntitlementNumber subscription, LocalDate on) {
        jpa.change(em -> {
            SubscriptionEntity e = em.find(SubscriptionEntity.class, subscription.value());
            if (e != null) {
                e.nextReminderOn = on;
            }
        });
    }

    @Override
    public void reschedule(EntitlementNumber subscription, long version, LocalDate on) {
        jpa.write(em -> em.createNativeQuery(RESCHEDULE)
                .setParameter(1, on)
                .setParameter(2, subscription.value())
                .setParameter(3, version)
                .executeUpdate());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EntitlementNumber> scheduledBy(LocalDate today, int limit) {
        return jpa.read(em -> ((List<Object>) em.createNativeQuery(SCHEDULED_BY)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList()).stream().map(n -> new EntitlementNumber(n.toString())).toList());
    }
}
