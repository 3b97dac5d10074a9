package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * R23: a contact asked the billing partner for something about a subscription; the subscription
 * itself is unchanged.
 *
 * @param id           the event's id
 * @param act          who asked, and when
 * @param subscription the subscription it is about, as it is
 * @param request      the request, OPEN
 */
public record RequestCreated(UUID id, Act act, SubscriptionState subscription, PartnerRequest request)
        implements DomainEvent {
    /**
     * Checks the parts.
     *
     * @param id           the event's id
     * @param act          who asked, and when
     * @param subscription the subscription it is about
     * @param request      the request
     */
    public RequestCreated {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(request, "request");
    }

    @Override
    public List<SubscriptionState> subscriptions() {
        return List.of(subscription);
    }

    @Override
    public List<SubscriptionChange> changes() {
        return List.of(new SubscriptionChange(subscription.number(), HistoryDetail.RequestRecorded.of(request)));
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.requestCreated(this);
    }
}
