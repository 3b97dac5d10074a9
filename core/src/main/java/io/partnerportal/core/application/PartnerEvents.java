package io.partnerportal.core.application;

import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.RequestCreated;
import io.partnerportal.core.domain.event.RequestResolved;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.domain.webhook.EventBody;
import io.partnerportal.core.domain.webhook.EventTypes;
import io.partnerportal.core.domain.webhook.WebhookEndpoint;
import io.partnerportal.core.port.out.PartnerEventStore.PartnerEvent;
import io.partnerportal.core.port.out.PartnerEventStore;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.TraceContext;
import io.partnerportal.core.port.out.WebhookStore.NewDelivery;
import io.partnerportal.core.port.out.WebhookStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partners' side of the events of one unit of work (R20, R21), run by {@link EventTranslator}:
 * each event a partner is told of becomes one feed entry per partner whose subscriptions it
 * changed (its body listing only that partner's subscriptions), and one delivery per endpoint of
 * that partner that wants the event's type - all in the unit of work of the change.
 */
public final class PartnerEvents {
    private final SubscriptionRepository subscriptions;
    private final PartnerEventStore events;
    private final WebhookStore webhooks;
    private final TraceContext trace;

    /**
     * @param subscriptions where an app's hosts are read, for its tier
     * @param events        the partners' feed
     * @param webhooks      the partners' endpoints and the deliveries queued to them
     */
    public PartnerEvents(SubscriptionRepository subscriptions, PartnerEventStore events, WebhookStore webhooks) {
        this(subscriptions, events, webhooks, TraceContext.none());
    }

    /**
     * @param subscriptions where an app's hosts are read, for its tier
     * @param events        the partners' feed
     * @param webhooks      the partners' endpoints and the deliveries queued to them
     * @param trace         the trace of the request under way, kept with each delivery (O4)
     */
    public PartnerEvents(SubscriptionRepository subscriptions, PartnerEventStore events, WebhookStore webhooks,
                         TraceContext trace) {
        this.trace = java.util.Objects.requireNonNull(trace, "trace");
        this.subscriptions = subscriptions;
        this.events = events;
        this.webhooks = webhooks;
    }

    /** R16: an app's tier is its largest live host's, the hosts read as the event left them. */
    private Map<EntitlementNumber, Integer> appTiers(DomainEvent e) {
        Map<EntitlementNumber, SubscriptionState> known = new HashMap<>();
        e.subscriptions().forEach(s -> known.put(s.number(), s));
        Set<EntitlementNumber> missing = new HashSet<>();
        e.subscriptions().forEach(s -> s.hosts().stream().filter(h -> !known.containsKey(h)).forEach(missing::add));
        if (!missing.isEmpty()) {
            subscriptions.findAll(missing).forEach(h -> known.put(h.number(), h.state()));
        }
        LocalDate today = e.act().today();
        Map<EntitlementNumber, Integer> tiers = new HashMap<>();
        for (SubscriptionState s : e.subscriptions()) {
            s.hosts().stream().map(known::get).filter(h -> h != null && h.cancellation().isEmpty())
                    .mapToInt(h -> PlanChange.settled(h, today).userTier()).max()
                    .ifPresent(tier -> tiers.put(s.number(), tier));
        }
        return tiers;
    }

    /** R23: the request an event is about, written beside its subscriptions. */
    private static PartnerRequest requestOf(DomainEvent e) {
        if (e instanceof RequestCreated c) {
            return c.request();
        }
        return e instanceof RequestResolved r ? r.request() : null;
    }

    void record(List<DomainEvent> unit) {
        List<PartnerEvent> feed = new ArrayList<>();
        for (DomainEvent e : unit) {
            Optional<String> type = EventTypes.of(e);
            if (type.isEmpty()) {
                continue;
            }
            Map<PartnerId, List<SubscriptionState>> byPartner = new LinkedHashMap<>();
            for (SubscriptionState s : e.subscriptions()) {
                byPartner.computeIfAbsent(s.partner(), p -> new ArrayList<>()).add(s);
            }
            Map<EntitlementNumber, Integer> appTiers = appTiers(e);
            byPartner.forEach((partner, subs) -> feed.add(new PartnerEvent(e.id(), partner, type.get(), e.act().at(),
                    EventBody.of(e.id(), type.get(), e.act().at(), subs, appTiers, requestOf(e)))));
        }
        if (feed.isEmpty()) {
            return;
        }
        events.append(feed);
        Map<PartnerId, List<WebhookEndpoint>> endpoints = new HashMap<>();
        List<NewDelivery> deliveries = new ArrayList<>();
        String traceParent = trace.wellFormedTraceParent().orElse(null);
        for (PartnerEvent p : feed) {
            for (WebhookEndpoint endpoint : endpoints.computeIfAbsent(p.partner(), webhooks::endpoints)) {
                if (endpoint.receives(p.type())) {
                    deliveries.add(new NewDelivery(endpoint.id(), p.partner(), p.id(), p.type(), p.created(),
                            traceParent));
                }
            }
        }
        if (!deliveries.isEmpty()) {
            webhooks.enqueue(deliveries);
        }
    }
}
