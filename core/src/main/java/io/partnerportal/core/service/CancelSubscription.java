package io.partnerportal.core.service;

import io.partnerportal.core.domain.cancellation.CancellationDescription;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.cancellation.Cancellations;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.in.CancellationResult;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.Catalogue;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Cancelling (R4-R6) and withdrawing a cancellation (R7), by the partner or by a contact who sees
 * the subscription: each asks the cancellation rules first, then applies the policy to the graph
 * the change reaches. A preview runs the same code and stores nothing.
 */
final class CancelSubscription {
    private final Work work;
    private final Graphs graphs;
    private final Catalogue catalogue;
    private final PartnerAccess partners;
    private final ContactAccess contacts;

    CancelSubscription(Work work, Graphs graphs, Catalogue catalogue, PartnerAccess partners, ContactAccess contacts) {
        this.work = work;
        this.graphs = graphs;
        this.catalogue = catalogue;
        this.partners = partners;
        this.contacts = contacts;
    }

    CancellationResult byPartner(PartnerOperations.Cancel c, boolean preview) {
        return work.tx().write(changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            Set<ProductCode> keep = KeepProducts.check(catalogue.find(s.product()).orElseThrow(), c.keepProducts());
            refuse(CancellationRules.refusalForPartner(s, work.today()));
            return cancel(s, c.when(), c.reason(), keep, work.act(new Actor.Partner(c.partner())), preview, changes);
        });
    }

    CancellationResult byContact(CustomerPortal.Cancel c, boolean preview) {
        return work.tx().write(changes -> {
            Subscription s = contacts.managed(c.viewer(), c.subscription()).subscription();
            refuse(CancellationRules.refusalForContact(s, work.today()));
            return cancel(s, c.when(), c.reason(), Set.of(), work.act(new Actor.Contact(c.viewer())), preview,
                    changes);
        });
    }

    SubscriptionView withdrawByPartner(PartnerOperations.GetSubscription c) {
        return work.tx().write(changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            refuse(CancellationRules.refusalForPartner(s, work.today()));
            return withdraw(s, work.act(new Actor.Partner(c.partner())), changes);
        });
    }

    SubscriptionView withdrawByContact(CustomerPortal.ViewSubscription c) {
        return work.tx().write(changes -> {
            Subscription s = contacts.managed(c.viewer(), c.subscription()).subscription();
            refuse(CancellationRules.refusalForContact(s, work.today()));
            return withdraw(s, work.act(new Actor.Contact(c.viewer())), changes);
        });
    }

    private static void refuse(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.exception();
        });
    }

    private CancellationResult cancel(Subscription target, CancellationTiming timing, CancellationReason reason,
                                      Set<ProductCode> keep, Act act, boolean preview, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        LocalDate today = act.today();
        LocalDate date = timing == CancellationTiming.IMMEDIATE || t.status(today) != SubscriptionStatus.ACTIVE
                ? today : t.billDate(today).orElse(today);
        var event = Cancellations.cancel(graph, t, date, reason, keep, act);
        if (!preview) {
            changes.commit(event, graph.touched());
        }
        CancellationDescription d = CancellationDescription.of(graph, t, today);
        Views views = work.views();
        return new CancellationResult(views.of(java.util.List.of(t), graph.all()).get(0), d.effectiveOn(),
                views.of(d.cancelled(), graph.all()), d.appsLosingHost().stream().map(s -> s.number().value()).toList(),
                views.of(d.kept(), graph.all()));
    }

    private SubscriptionView withdraw(Subscription target, Act act, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        changes.commit(Cancellations.withdraw(graph, t, act), graph.touched());
        return work.views().of(t);
    }
}
