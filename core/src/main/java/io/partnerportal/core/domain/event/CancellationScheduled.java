package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.cancellation.CancellationOutcome;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A cancellation was asked for a later day (R4-R6): the subscription stays ACTIVE until then.
 *
 * @param id            the event's id
 * @param act           who cancelled, and when
 * @param outcome       what the cancellation does
 * @param subscriptions the subscriptions it changed, as they are after it
 * @param changes       what happened to each of them
 */
public record CancellationScheduled(UUID id, Act act, CancellationOutcome outcome, List<SubscriptionState> subscriptions,
                 List<SubscriptionChange> changes) implements DomainEvent {
    /**
     * Copies the lists.
     *
     * @param id            the event's id
     * @param act           who cancelled, and when
     * @param outcome       what the cancellation does
     * @param subscriptions the subscriptions it changed, as they are after it
     * @param changes       what happened to each of them
     */
    public CancellationScheduled {
        subscriptions = List.copyOf(subscriptions);
        changes = List.copyOf(changes);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.cancellationScheduled(this);
    }
}
