package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R17: the reminders already due, once per (subscription, term, kind, contact) - kept by a unique
 * key in the store, so that several instances and restarts never send one twice. Recording joins
 * the unit of work of the email it allows: if that unit fails, the reminder is not recorded.
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
}
