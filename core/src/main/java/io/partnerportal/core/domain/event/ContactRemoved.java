package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A contact was removed from a subscription (R11).
 *
 * @param id           the event's id
 * @param act          who removed them, and when
 * @param subscription the subscription, without the contact
 * @param contact      the email of the person removed
 */
public record ContactRemoved(UUID id, Act act, SubscriptionState subscription, EmailAddress contact)
        implements DomainEvent {
    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(new SubscriptionChange(subscription.number(),
                new HistoryDetail.ContactChanged(HistoryAction.CONTACT_REMOVED, contact)));
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.contactRemoved(this);
    }
}
