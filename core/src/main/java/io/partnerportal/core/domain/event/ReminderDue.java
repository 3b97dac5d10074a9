package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * R17: a reminder fell due for these contacts of a subscription, each for the first time (the
 * reminder log keeps it once per subscription, term, kind and contact). Nothing about the
 * subscription changed, so it writes no history line.
 *
 * @param id           the event's id
 * @param act          the portal, and when
 * @param subscription the subscription
 * @param kind         which reminder
 * @param date         the bill date, or the day it starts
 * @param recipients   the contacts who get it
 */
public record ReminderDue(UUID id, Act act, SubscriptionState subscription, Reminders.Kind kind,
                          java.time.LocalDate date, List<PersonId> recipients) implements DomainEvent {
    /**
     * Copies the recipients.
     *
     * @param id           the event's id
     * @param act          the portal, and when
     * @param subscription the subscription
     * @param kind         which reminder
     * @param date         the bill date, or the day it starts
     * @param recipients   the contacts who get it
     */
    public ReminderDue {
        recipients = List.copyOf(recipients);
    }

    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.reminderDue(this);
    }
}
