package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.cancellation.CancellationOutcome;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * A pending cancellation was withdrawn with all it caused (R7).
 *
 * @param id            the event's id
 * @param act           who withdrew it, and when
 * @param withdrawn     what the cancellation had been doing
 * @param subscriptions the subscriptions it changed, as they are after it
 * @param changes       what happened to each of them
 */
public record CancellationWithdrawn(UUID id, Act act, CancellationOutcome withdrawn,
                                    List<SubscriptionState> subscriptions, List<SubscriptionChange> changes)
        implements DomainEvent {
    /**
     * Copies the lists.
     *
     * @param id            the event's id
     * @param act           who withdrew it, and when
     * @param withdrawn     what the cancellation had been doing
     * @param subscriptions the subscriptions it changed, as they are after it
     * @param changes       what happened to each of them
     */
    public CancellationWithdrawn {
        subscriptions = List.copyOf(subscriptions);
        changes = List.copyOf(changes);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.cancellationWithdrawn(this);
    }
}
