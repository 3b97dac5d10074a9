package io.partnerportal.core.domain.history;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.util.Objects;

/**
 * One thing that happened to one subscription, as a domain operation reports it: the line its
 * history gets (R14), with the event's actor and time, when the unit of work commits.
 *
 * @param subscription the subscription it happened to
 * @param detail       what happened
 */
public record SubscriptionChange(EntitlementNumber subscription, HistoryDetail detail) {
    /**
     * Checks that both parts are present.
     *
     * @param subscription the subscription it happened to
     * @param detail       what happened
     */
    public SubscriptionChange {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(detail, "detail");
    }
}
