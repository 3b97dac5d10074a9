package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A partner ordered a product, an app or a collection (R12).
 *
 * @param id            the event's id
 * @param act           who ordered, and when
 * @param subscriptions what the order created: a collection first, then its included products
 */
public record SubscriptionsOrdered(UUID id, Act act, List<SubscriptionState> subscriptions) implements DomainEvent {
    /**
     * Copies the list.
     *
     * @param id            the event's id
     * @param act           who ordered, and when
     * @param subscriptions what the order created: a collection first, then its included products
     */
    public SubscriptionsOrdered {
        subscriptions = List.copyOf(subscriptions);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return subscriptions.stream().map(s -> new SubscriptionChange(s.number(), new HistoryDetail.Ordered(
                s.product(), s.plan(), s.billingCycle(), s.userTier(), s.startDate(), s.collection()))).toList();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.ordered(this);
    }
}
