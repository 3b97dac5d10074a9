package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * R17: the reminders already due, once per (subscription, term, kind, contact) - kept by a unique
 * key in the store, so that several instances and restarts never send one twice. Recording joins
 * the unit of work of the email it allows: if that unit fails, the reminder is not recorded.
 *
 * <p>V5: the log also keeps, per subscription, the day the reminder pass looks at it next
 * ({@link Reminders#firstLook}, {@link Reminders#nextLook}), so that a pass reads only what is due,
 * through an index. A log that keeps no such schedule ({@link #keepsSchedule()} false: one written
 * before it existed) leaves the pass reading every live subscription, as it did.
 */
public interface ReminderLog {
    /**
     * Records a reminder unless it is recorded already (here or by a unit of work of another
     * instance, which this call waits for).
     *
     * @param subscription the subscription
     * @param term         the date naming the term: the bill date, or the start date
     * @param kind         which reminder
     * @param contact      to whom
     * @param at           when
     * @return true the first time, false ever after
     */
    boolean record(EntitlementNumber subscription, LocalDate term, Reminders.Kind kind, PersonId contact, Instant at);

    /**
     * V5: whether this log keeps the pass's schedule ({@link #schedule}, {@link #scheduledBy}).
     *
     * @return false unless the log implements them
     */
    default boolean keepsSchedule() {
        return false;
    }

    /**
     * V5: when the reminder pass looks at a subscription next, set in the unit of work that stores
     * the subscription (and with it).
     *
     * @param subscription the subscription stored in the current unit
     * @param on           the day, or null for never (until it changes again)
     */
    default void schedule(EntitlementNumber subscription, LocalDate on) {
    }

    /**
     * V5: when the reminder pass looks at a subscription next, set by the pass once it recorded the
     * reminders due, unless the subscription changed meanwhile (then its change set the day).
     *
     * @param subscription the subscription the pass read
     * @param version      the version it read
     * @param on           the day, or null for never (until it changes)
     */
    default void reschedule(EntitlementNumber subscription, long version, LocalDate on) {
    }

    /**
     * V5: the subscriptions the pass looks at on {@code today}: those scheduled on or before it (and
     * those stored before the schedule existed), the longest due first (then by entitlement number).
     * The pass asks again once it has rescheduled a page, until a page holds nothing new.
     *
     * @param today the clock's date
     * @param limit the most to answer
     * @return their numbers, in order
     */
    default List<EntitlementNumber> scheduledBy(LocalDate today, int limit) {
        return List.of();
    }
}
