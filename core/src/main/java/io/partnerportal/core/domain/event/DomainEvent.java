package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A state change as the domain records it (SPEC §6.1): an id, who and when ({@link #act()}), the
 * subscriptions it changed, and one history line per thing that happened to one of them. The
 * unit of work that commits the change turns its events into history and emails.
 *
 * <p>Every event type is a record in this package and a method of {@link Handler}; whoever turns
 * events into side effects implements the handler, so a new event type does not compile until
 * each of them has decided what it does with it.
 */
public sealed interface DomainEvent permits SubscriptionsOrdered, PersonRegistered, ContactAssigned,
        ContactRemoved, UsageReported, SubscriptionsMoved, SubscriptionsSetUp, SiteMigrated, CancellationScheduled,
        CancellationEffective, ContactRoleChanged, ReminderDue, CancellationWithdrawn, SubscriptionsReactivated,
        SignInLinkIssued, PlanChangeRecorded, RequestCreated, RequestResolved {

    /** @return the event's id */
    UUID id();

    /** @return who changed something, and when */
    Act act();

    /** @return the subscriptions the event changed, as they are after it */
    List<SubscriptionState> subscriptions();

    /** @return what happened to each subscription, one history line each, in order */
    List<SubscriptionChange> changes();

    /**
     * @param handler what to do with each type of event
     * @param <R>     what the handler answers
     * @return the handler's answer for this event
     */
    <R> R accept(Handler<R> handler);

    /** @return a new event id */
    static UUID newId() {
        return UUID.randomUUID();
    }

    /**
     * One method per event type, so that implementing it means deciding every type.
     *
     * @param <R> what the handler answers
     */
    interface Handler<R> {
        /**
         * @param e the event
         * @return the answer
         */
        R ordered(SubscriptionsOrdered e);

        /**
         * @param e the event
         * @return the answer
         */
        R personRegistered(PersonRegistered e);

        /**
         * @param e the event
         * @return the answer
         */
        R contactAssigned(ContactAssigned e);

        /**
         * @param e the event
         * @return the answer
         */
        R contactRemoved(ContactRemoved e);

        /**
         * @param e the event
         * @return the answer
         */
        R contactRoleChanged(ContactRoleChanged e);

        /**
         * @param e the event
         * @return the answer
         */
        R reminderDue(ReminderDue e);

        /**
         * @param e the event
         * @return the answer
         */
        R usageReported(UsageReported e);

        /**
         * @param e the event
         * @return the answer
         */
        R moved(SubscriptionsMoved e);

        /**
         * @param e the event
         * @return the answer
         */
        R setUp(SubscriptionsSetUp e);

        /**
         * @param e the event
         * @return the answer
         */
        R siteMigrated(SiteMigrated e);

        /**
         * @param e the event
         * @return the answer
         */
        R cancellationScheduled(CancellationScheduled e);

        /**
         * @param e the event
         * @return the answer
         */
        R cancellationEffective(CancellationEffective e);

        /**
         * @param e the event
         * @return the answer
         */
        R cancellationWithdrawn(CancellationWithdrawn e);

        /**
         * @param e the event
         * @return the answer
         */
        R reactivated(SubscriptionsReactivated e);

        /**
         * @param e the event
         * @return the answer
         */
        R signInLinkIssued(SignInLinkIssued e);

        /**
         * @param e the event
         * @return the answer
         */
        R planChange(PlanChangeRecorded e);

        /**
         * @param e the event (R23)
         * @return the answer
         */
        R requestCreated(RequestCreated e);

        /**
         * @param e the event (R23)
         * @return the answer
         */
        R requestResolved(RequestResolved e);
    }
}
