package io.partnerportal.core.application;

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
import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.SubscriptionSheets;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

/**
 * Cancelling (R4-R6) and withdrawing a cancellation (R7), by the partner or by a contact who sees
 * the subscription: each asks the cancellation rules first, then applies the policy to the graph
 * the change reaches. A preview runs the same code and stores nothing.
 */
public final class CancelSubscription {
    private final Work work;
    private final Graphs graphs;
    private final Catalogue catalogue;
    private final PartnerAccess partners;
    private final ContactAccess contacts;
    private final SubscriptionSheets sheets;

    public CancelSubscription(Work work, Graphs graphs, Catalogue catalogue, PartnerAccess partners, ContactAccess contacts,
                       SubscriptionSheets sheets) {
        this.work = work;
        this.graphs = graphs;
        this.catalogue = catalogue;
        this.partners = partners;
        this.contacts = contacts;
        this.sheets = sheets;
    }

    /** A preview only reads, outside a unit of work; a cancellation changes in one. */
    private CancellationResult run(boolean preview, Function<Changes, CancellationResult> cancel) {
        return preview ? cancel.apply(null) : work.tx().write(cancel);
    }

    public CancellationResult byPartner(PartnerOperations.Cancel c, boolean preview) {
        return run(preview, changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            Set<ProductCode> keep = KeepProducts.check(catalogue.find(s.product()).orElseThrow(), c.keepProducts());
            refuse(CancellationRules.refusalForPartner(s, work.today()));
            return cancel(s, c.when(), c.reason(), keep, work.act(new Actor.Partner(c.partner())), changes);
        });
    }

    public CancellationResult byContact(CustomerPortal.Cancel c, boolean preview) {
        return run(preview, changes -> {
            Subscription s = preview ? contacts.managedSheet(c.viewer(), c.subscription(), work.today()).subscription()
                    : contacts.managed(c.viewer(), c.subscription()).subscription();
            refuse(CancellationRules.refusalForContact(s, work.today()));
            return cancel(s, c.when(), c.reason(), Set.of(), work.act(new Actor.Contact(c.viewer())), changes);
        });
    }

    public SubscriptionView withdrawByPartner(PartnerOperations.GetSubscription c) {
        return work.tx().write(changes -> {
            Subscription s = partners.own(c.partner(), c.subscription());
            refuse(CancellationRules.refusalForPartner(s, work.today()));
            return withdraw(s, work.act(new Actor.Partner(c.partner())), changes);
        });
    }

    public SubscriptionView withdrawByContact(CustomerPortal.ViewSubscription c) {
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

    /** Cancels {@code target} in {@code changes}, or - with none - only says what a cancellation would do. */
    private CancellationResult cancel(Subscription target, CancellationTiming timing, CancellationReason reason,
                                      Set<ProductCode> keep, Act act, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        LocalDate today = act.today();
        LocalDate date = timing == CancellationTiming.IMMEDIATE || t.status(today) != SubscriptionStatus.ACTIVE
                ? today : t.billDate(today).orElse(today);
        var event = Cancellations.cancel(graph, t, date, reason, keep, act);
        if (changes != null) {
            changes.commit(event, graph.touched());
        }
        CancellationDescription d = CancellationDescription.of(graph, t, today);
        Function<List<Subscription>, List<SubscriptionView>> views = changes != null
                ? subs -> work.views().of(subs, graph.all()) : previewViews(t, d, graph, today);
        return new CancellationResult(views.apply(List.of(t)).get(0), d.effectiveOn(), views.apply(d.cancelled()),
                d.appsLosingHost().stream().map(s -> s.number().value()).toList(), views.apply(d.kept()));
    }

    /** A preview's views: the sheets of everything it shows, read at once, as the preview changed them. */
    private Function<List<Subscription>, List<SubscriptionView>> previewViews(Subscription t,
                                                                              CancellationDescription d,
                                                                              SubscriptionGraph graph,
                                                                              LocalDate today) {
        List<EntitlementNumber> shown = new ArrayList<>(List.of(t.number()));
        d.cancelled().forEach(s -> shown.add(s.number()));
        d.kept().forEach(s -> shown.add(s.number()));
        Map<EntitlementNumber, SubscriptionSheets.Sheet> read = new HashMap<>();
        sheets.findAll(shown, today, null).forEach(sheet -> read.put(sheet.subscription().number(), sheet));
        return subs -> work.views().ofSheets(subs.stream().map(s -> read.get(s.number())).toList(), graph.all());
    }

    private SubscriptionView withdraw(Subscription target, Act act, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        changes.commit(Cancellations.withdraw(graph, t, act), graph.touched());
        return work.views().of(t);
    }
}
