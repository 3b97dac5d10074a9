package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * The partner reported a subscription's active users.
 *
 * @param id           the event's id
 * @param act          who reported, and when
 * @param subscription the subscription, with the new number
 */
public record UsageReported(UUID id, Act act, SubscriptionState subscription) implements DomainEvent {
    /**
     * Checks that the subscription has the number reported.
     *
     * @param id           the event's id
     * @param act          who reported, and when
     * @param subscription the subscription, with the new number
     */
    public UsageReported {
        if (subscription.activeUsers() == null) {
            throw new IllegalArgumentException(subscription.number() + " has no active users reported");
        }
    }

    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(new SubscriptionChange(subscription.number(),
                new HistoryDetail.UsageReported(subscription.activeUsers())));
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.usageReported(this);
    }
}
