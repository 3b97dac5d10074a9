package io.partnerportal.core.application;

import io.partnerportal.core.domain.cancellation.CancellationDescription;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.cancellation.Cancellations;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cancelling (R4-R6) and withdrawing a cancellation (R7), once the actor - a partner or a contact -
 * has been given the subscription and passed its own rules: the policy runs on the graph the change
 * reaches. A preview is its own call and runs the same policy on the same graph, storing nothing,
 * so it answers exactly what the cancellation would (R5).
 */
public final class Cancelling {
    private final Graphs graphs;
    private final Views views;
    private final SubscriptionSheets sheets;

    /**
     * @param graphs loads what a cancellation reaches
     * @param views  what the answer shows
     * @param sheets what a preview shows, read at once
     */
    public Cancelling(Graphs graphs, Views views, SubscriptionSheets sheets) {
        this.graphs = graphs;
        this.views = views;
        this.sheets = sheets;
    }

    /**
     * Cancels {@code target} in the unit of work of {@code changes}.
     *
     * @param target  the subscription
     * @param timing  END_OF_TERM or IMMEDIATE (an UPCOMING subscription is always cancelled today, R4)
     * @param reason  why, or null
     * @param keep    for a collection: the included products that continue standalone (R6)
     * @param act     who cancels, and when
     * @param changes the unit of work
     * @return what the cancellation does
     */
    public CancellationResult cancel(Subscription target, CancellationTiming timing, CancellationReason reason,
                                     Set<ProductCode> keep, Act act, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        var event = Cancellations.cancel(graph, t, effectiveOn(t, timing, act.today()), reason, keep, act);
        changes.commit(event, graph.touched());
        CancellationDescription d = CancellationDescription.of(graph, t, act.today());
        return result(t, d, subs -> views.of(subs, graph.all()));
    }

    /**
     * What cancelling {@code target} would do, changing nothing and outside any unit of work (R5).
     *
     * @param target the subscription
     * @param timing END_OF_TERM or IMMEDIATE
     * @param reason why, or null
     * @param keep   for a collection: the included products that would continue standalone
     * @param act    who asks, and when
     * @return the same answer as {@link #cancel}
     */
    public CancellationResult preview(Subscription target, CancellationTiming timing, CancellationReason reason,
                                      Set<ProductCode> keep, Act act) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        LocalDate today = act.today();
        Cancellations.cancel(graph, t, effectiveOn(t, timing, today), reason, keep, act);
        CancellationDescription d = CancellationDescription.of(graph, t, today);
        // the sheets of everything the preview shows, read at once, shown as the preview changed them
        List<EntitlementNumber> shown = new ArrayList<>(List.of(t.number()));
        d.cancelled().forEach(s -> shown.add(s.number()));
        d.kept().forEach(s -> shown.add(s.number()));
        Map<EntitlementNumber, SubscriptionSheets.Sheet> read = new HashMap<>();
        sheets.findAll(shown, today, null).forEach(sheet -> read.put(sheet.subscription().number(), sheet));
        return result(t, d, subs -> views.ofSheets(subs.stream().map(s -> read.get(s.number())).toList(),
                graph.all()));
    }

    /**
     * Withdraws the pending cancellation of {@code target} with all it caused (R7).
     *
     * @param target  the subscription
     * @param act     who withdraws it, and when
     * @param changes the unit of work
     * @return the subscription
     */
    public SubscriptionView withdraw(Subscription target, Act act, Changes changes) {
        SubscriptionGraph graph = graphs.around(target);
        Subscription t = graph.get(target.number());
        changes.commit(Cancellations.withdraw(graph, t, act), graph.touched());
        return views.of(t);
    }

    /** R4: the bill date at the end of the term, today when asked for (or when it has not started). */
    private static LocalDate effectiveOn(Subscription t, CancellationTiming timing, LocalDate today) {
        return timing == CancellationTiming.IMMEDIATE || t.status(today) != SubscriptionStatus.ACTIVE
                ? today : t.billDate(today).orElse(today);
    }

    private static CancellationResult result(Subscription t, CancellationDescription d,
                                             Function<List<Subscription>, List<SubscriptionView>> views) {
        return new CancellationResult(views.apply(List.of(t)).get(0), d.effectiveOn(), views.apply(d.cancelled()),
                d.appsLosingHost().stream().map(s -> s.number().value()).toList(), views.apply(d.kept()));
    }
}
