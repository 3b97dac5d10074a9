package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.CancellationEffective;
import io.partnerportal.core.domain.event.CancellationScheduled;
import io.partnerportal.core.domain.event.CancellationWithdrawn;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cancellation rules that span several subscriptions, applied to a {@link SubscriptionGraph}:
 * cancelling (R4) with the cascade to apps (R5) and the collection's included products and kept
 * products (R6), and withdrawing it with all it caused (R7). Pure: no port is called; each answers
 * the event it caused, and the graph says which subscriptions to store.
 */
public final class Cancellations {
    private Cancellations() {
    }

    /**
     * R4-R6: cancels {@code target} on {@code date}. The same or a later date than before changes
     * nothing; an earlier date moves everything it caused.
     *
     * @param graph  the target with its included products, their apps and those apps' hosts
     * @param target the subscription to cancel
     * @param date   when the cancellation takes effect
     * @param reason why, or null
     * @param keep   for a collection: the included products that continue standalone
     * @param act    who cancels, and when
     * @return the event; nothing when nothing changed
     */
    public static Optional<DomainEvent> cancel(SubscriptionGraph graph, Subscription target, LocalDate date,
                                               CancellationReason reason, Set<ProductCode> keep, Act act) {
        Objects.requireNonNull(keep, "keep");
        LocalDate today = act.today();
        refuseAnotherKeepPlan(graph, target, keep, today);
        List<SubscriptionChange> changes = new ArrayList<>();
        Optional<SubscriptionChange> requested = target.requestCancellation(date, reason, act);
        if (requested.isEmpty()) {
            return Optional.empty();
        }
        changes.add(requested.get());
        graph.touch(target);
        Cancellation applied = target.requestedCancellation().orElseThrow();
        List<Subscription> hosts = new ArrayList<>(List.of(target));
        if (target.kind() == SubscriptionKind.COLLECTION) {
            for (Subscription p : graph.orderedIn(target)) {
                if (!p.isIncludedOn(today)) {
                    continue;
                }
                graph.touch(p);
                if (keep.contains(p.product())) {
                    p.planDetachment(applied.effectiveOn()).ifPresent(changes::add);
                } else {
                    p.applyCascade(Optional.of(applied.cascade(Cancellation.Cause.COLLECTION_CANCELLED,
                            target.number(), applied.effectiveOn())), today).ifPresent(changes::add);
                    hosts.add(p);
                }
            }
        }
        changes.addAll(AppCascade.recompute(graph, hosts, today));
        CancellationOutcome outcome = CancellationDescription.of(graph, target, today).snapshot();
        var changed = graph.statesOf(changes);
        return Optional.of(outcome.effectiveOn().isAfter(today)
                ? new CancellationScheduled(DomainEvent.newId(), act, outcome, changed, changes)
                : new CancellationEffective(DomainEvent.newId(), act, outcome, changed, changes));
    }

    /** R6: a collection's pending cancellation keeps the products it planned to keep; withdraw first. */
    private static void refuseAnotherKeepPlan(SubscriptionGraph graph, Subscription target, Set<ProductCode> keep,
                                              LocalDate today) {
        if (target.kind() != SubscriptionKind.COLLECTION || target.requestedCancellation().isEmpty()
                || target.status(today) == SubscriptionStatus.CANCELLED) {
            return;
        }
        Set<ProductCode> planned = graph.orderedIn(target).stream()
                .filter(p -> p.detachOn().isPresent() && p.isIncludedOn(today))
                .map(Subscription::product).collect(Collectors.toSet());
        if (!planned.equals(keep)) {
            throw new RuleRefusedException(ErrorCode.CANCELLATION_PENDING_WITH_OTHER_PLAN, target.number(),
                    names(planned), names(keep));
        }
    }

    /**
     * R7: withdraws the pending cancellation of {@code target} with its cascade and planned
     * detachments; refused once effective or when {@code target} is cancelled by a cascade.
     *
     * @param graph  the target with its included products, their apps and those apps' hosts
     * @param target the subscription whose cancellation is withdrawn
     * @param act    who withdraws it, and when
     * @return the event; nothing when no cancellation was pending
     */
    public static Optional<DomainEvent> withdraw(SubscriptionGraph graph, Subscription target, Act act) {
        LocalDate today = act.today();
        CancellationOutcome before = CancellationDescription.of(graph, target, today).snapshot();
        List<SubscriptionChange> changes = new ArrayList<>();
        Optional<SubscriptionChange> withdrawn = target.withdrawCancellation(today);
        if (withdrawn.isEmpty()) {
            return Optional.empty();
        }
        changes.add(withdrawn.get());
        graph.touch(target);
        List<Subscription> hosts = new ArrayList<>(List.of(target));
        if (target.kind() == SubscriptionKind.COLLECTION) {
            for (Subscription p : graph.orderedIn(target)) {
                if (p.isCascadedFrom(target)) {
                    Optional<SubscriptionChange> c = p.applyCascade(Optional.empty(), today);
                    if (c.isPresent()) {
                        changes.add(c.get());
                        graph.touch(p);
                        hosts.add(p);
                    }
                }
                p.withdrawDetachment(today).ifPresent(c -> {
                    changes.add(c);
                    graph.touch(p);
                });
            }
        }
        changes.addAll(AppCascade.recompute(graph, hosts, today));
        return Optional.of(new CancellationWithdrawn(DomainEvent.newId(), act, before, graph.statesOf(changes),
                changes));
    }

    static String names(Set<ProductCode> codes) {
        return codes.isEmpty() ? "no product"
                : codes.stream().map(ProductCode::value).sorted().collect(Collectors.joining(", "));
    }
}
