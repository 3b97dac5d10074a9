package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * R16: a partner changed a subscription's plan, user tier or billing cycle at once, scheduled such a
 * change for the bill date, or withdrew the scheduled one.
 *
 * @param id           the event's id
 * @param act          who, and when
 * @param kind         what happened
 * @param subscription the subscription as it is after it
 * @param change       its history line
 */
public record PlanChangeRecorded(UUID id, Act act, Kind kind, SubscriptionState subscription,
                                 SubscriptionChange change) implements DomainEvent {

    /** What happened to the plan. */
    public enum Kind {
        /** Changed today. */
        CHANGED,
        /** Scheduled for the bill date. */
        SCHEDULED,
        /** The scheduled change withdrawn. */
        WITHDRAWN
    }

    /**
     * Checks the parts.
     *
     * @param id           the event's id
     * @param act          who, and when
     * @param kind         what happened
     * @param subscription the subscription as it is after it
     * @param change       its history line
     */
    public PlanChangeRecorded {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(change, "change");
    }

    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(change);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.planChange(this);
    }
}
