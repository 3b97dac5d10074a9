package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.UUID;

/**
 * Subscriptions moved to another billing account of their partner (R9): a subscription with
 * what goes with it.
 *
 * @param id            the event's id
 * @param act           who moved them, and when
 * @param subscriptions what moved, in the account it moved to
 * @param from          the account they left
 * @param to            the account they are in now
 */
public record SubscriptionsMoved(UUID id, Act act, List<SubscriptionState> subscriptions, BillingAccount from,
                                 BillingAccount to) implements DomainEvent {
    /**
     * Copies the list.
     *
     * @param id            the event's id
     * @param act           who moved them, and when
     * @param subscriptions what moved, in the account it moved to
     * @param from          the account they left
     * @param to            the account they are in now
     */
    public SubscriptionsMoved {
        subscriptions = List.copyOf(subscriptions);
    }

    @Override
    public List<SubscriptionChange> changes() {
        HistoryDetail detail = new HistoryDetail.BillingAccountChanged(from.name().value(), to.name().value(),
                from.id(), to.id());
        return subscriptions.stream().map(s -> new SubscriptionChange(s.number(), detail)).toList();
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.moved(this);
    }
}
