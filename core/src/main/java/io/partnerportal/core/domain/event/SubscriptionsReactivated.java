package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * Vendor support reactivated a cancelled subscription (R8), with what came back with it.
 *
 * @param id            the event's id
 * @param act           who reactivated it (vendor support), and when
 * @param reactivated   the subscriptions active again, the one asked for first
 * @param subscriptions the subscriptions it changed, as they are after it
 * @param changes       what happened to each of them
 */
public record SubscriptionsReactivated(UUID id, Act act, List<SubscriptionState> reactivated,
                                       List<SubscriptionState> subscriptions, List<SubscriptionChange> changes)
        implements DomainEvent {
    /**
     * Copies the lists.
     *
     * @param id            the event's id
     * @param act           who reactivated it (vendor support), and when
     * @param reactivated   the subscriptions active again, the one asked for first
     * @param subscriptions the subscriptions it changed, as they are after it
     * @param changes       what happened to each of them
     */
    public SubscriptionsReactivated {
        reactivated = List.copyOf(reactivated);
        subscriptions = List.copyOf(subscriptions);
        changes = List.copyOf(changes);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.reactivated(this);
    }
}
