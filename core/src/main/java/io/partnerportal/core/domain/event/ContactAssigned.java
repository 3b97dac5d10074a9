package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A contact was added to a subscription (R11).
 *
 * @param id           the event's id
 * @param act          who added them, and when
 * @param subscription the subscription, with the contact
 * @param contact      the person added
 * @param newcomer     whether the person was registered by the same change (then they are welcomed
 *                     instead of told they were added)
 */
public record ContactAssigned(UUID id, Act act, SubscriptionState subscription, Person contact, boolean newcomer)
        implements DomainEvent {
    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(new SubscriptionChange(subscription.number(),
                new HistoryDetail.ContactChanged(HistoryAction.CONTACT_ASSIGNED, contact.email())));
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.contactAssigned(this);
    }
}
