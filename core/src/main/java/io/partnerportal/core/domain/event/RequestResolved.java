package io.partnerportal.core.domain.event;

import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * R23: the billing partner answered a request, DONE or DECLINED - by itself, or by naming the request in
 * the change or cancellation that fulfils it.
 *
 * @param id           the event's id
 * @param act          who answered, and when
 * @param subscription the subscription it is about, as it is after the answer
 * @param request      the request, answered
 */
public record RequestResolved(UUID id, Act act, SubscriptionState subscription, PartnerRequest request)
        implements DomainEvent {
    /**
     * Checks the parts and that the request is answered.
     *
     * @param id           the event's id
     * @param act          who answered, and when
     * @param subscription the subscription it is about
     * @param request      the request, answered
     */
    public RequestResolved {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(request, "request");
        if (request.isOpen()) {
            throw new IllegalArgumentException("request " + request.id() + " is not answered");
        }
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
        return handler.requestResolved(this);
    }
}
