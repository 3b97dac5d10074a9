package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A contact of a subscription was given another role (R19); nobody is emailed.
 *
 * @param id           the event's id
 * @param act          who changed the role, and when
 * @param subscription the subscription, with the contact's new role
 * @param contact      the email of the contact
 * @param role         their new role
 */
public record ContactRoleChanged(UUID id, Act act, SubscriptionState subscription, EmailAddress contact,
                                 ContactRole role) implements DomainEvent {
    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(new SubscriptionChange(subscription.number(), new HistoryDetail.ContactChanged(
                role == ContactRole.VIEWER ? HistoryAction.CONTACT_MADE_VIEWER : HistoryAction.CONTACT_MADE_MANAGER,
                contact)));
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.contactRoleChanged(this);
    }
}
