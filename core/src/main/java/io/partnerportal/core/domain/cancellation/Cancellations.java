package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cancellation rules that span several subscriptions, applied to a {@link SubscriptionGraph}:
 * cancelling (R4) with the cascade to apps (R5) and the collection's included products and kept
 * products (R6), withdrawing it with all it caused (R7), reactivating (R8), and describing the
 * result the caller sees (and previews). Pure: no port is called; the service stores what the
 * graph says was touched.
 */
public final class Cancellations {
    private Cancellations() {
    }

    /** What a cancellation does, read from the graph's current state. */
    public record Outcome(Subscription subscription, LocalDate effectiveOn, List<Subscription> cancelled,
                          List<Subscription> appsLosingHost, List<Subscription> kept) {
        /** Every subscription this cancellation changes (the event's recipients come from these). */
        public List<Subscription> changed() {
            Set<Subscription> all = new LinkedHashSet<>();
            all.add(subscription);
            all.addAll(cancelled);
            all.addAll(appsLosingHost);
            all.addAll(kept);
            return List.copyOf(all);
        }
    }

    /**
     * R4-R6: cancels {@code target} on {@code date}. Returns false when the same or a later date
     * was asked before (nothing changes); an earlier date moves everything it caused.
     *
     * @param keep for a collection: the included products that continue standalone
     */
    public static boolean cancel(SubscriptionGraph graph, Subscription target, LocalDate date,
                                 CancellationReason reason, Set<ProductCode> keep, Actor actor, Instant now,
                                 LocalDate today) {
        Objects.requireNonNull(keep, "keep");
        if (target.kind() == SubscriptionKind.COLLECTION && target.requestedCancellation().isPresent()
                && target.status(today) != SubscriptionStatus.CANCELLED) {
            Set<ProductCode> planned = graph.orderedIn(target).stream()
                    .filter(p -> p.detachOn().isPresent() && p.isIncludedOn(today))
                    .map(Subscription::product).collect(Collectors.toSet());
            if (!planned.equals(keep)) {
                throw new RuleRefusedException(ErrorCode.CANCELLATION_PENDING_WITH_OTHER_PLAN, target.number()
                        + " is already being cancelled keeping " + describe(planned)
                        + "; withdraw that cancellation before asking to keep " + describe(keep));
            }
        }
        if (!target.requestCancellation(date, reason, actor, now, today)) {
            return false;
        }
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
                    p.planDetachment(applied.effectiveOn(), actor, now);
                } else {
                    p.applyCascade(Optional.of(applied.cascade(Cancellation.Cause.COLLECTION_CANCELLED,
                            target.number(), applied.effectiveOn())), actor, now, today);
                    hosts.add(p);
                }
            }
        }
        recomputeApps(graph, hosts, actor, now, today);
        return true;
    }

    /**
     * R7: withdraws the pending cancellation of {@code target} with its cascade and planned
     * detachments. False when nothing is pending; refused once effective or when {@code target} is
     * cancelled by a cascade.
     */
    public static boolean withdraw(SubscriptionGraph graph, Subscription target, Actor actor, Instant now,
                                   LocalDate today) {
        if (!target.withdrawCancellation(actor, now, today)) {
            return false;
        }
        graph.touch(target);
        List<Subscription> hosts = new ArrayList<>(List.of(target));
        if (target.kind() == SubscriptionKind.COLLECTION) {
            for (Subscription p : graph.orderedIn(target)) {
                if (p.isCascadedFrom(target) && p.applyCascade(Optional.empty(), actor, now, today)) {
                    graph.touch(p);
                    hosts.add(p);
                }
                if (p.withdrawDetachment(actor, now, today)) {
                    graph.touch(p);
                }
            }
        }
        recomputeApps(graph, hosts, actor, now, today);
        return true;
    }

    /**
     * R8: reactivates {@code target} (and, for a collection, the included products cancelled with
     * it; with {@code includeApps}, the cancelled apps on them). Refuses what would put a product
     * twice on one site.
     */
    public static List<Subscription> reactivate(SubscriptionGraph graph, Subscription target, boolean includeApps,
                                                Actor actor, Instant now, LocalDate today) {
        if (target.status(today) != SubscriptionStatus.CANCELLED) {
            throw new RuleRefusedException(ErrorCode.NOT_CANCELLED, target.number() + " is not cancelled");
        }
        if (target.isIncludedOn(today)) {
            throw new RuleRefusedException(ErrorCode.INCLUDED_IN_COLLECTION, target.number()
                    + " is included in " + target.orderedInCollection().orElseThrow()
                    + "; reactivate the collection");
        }
        if (target.kind() == SubscriptionKind.APP && graph.hostsOf(target).stream().noneMatch(Subscription::isLive)) {
            throw new RuleRefusedException(ErrorCode.NO_LIVE_HOST, target.number()
                    + " has no live host to run on; reactivate a host first");
        }
        List<Subscription> reactivated = new ArrayList<>();
        target.reactivate(actor, now, today);
        reactivated.add(target);
        if (target.kind() == SubscriptionKind.COLLECTION) {
            for (Subscription p : graph.orderedIn(target)) {
                if (p.isCascadedFrom(target) && p.status(today) == SubscriptionStatus.CANCELLED) {
                    p.reactivate(actor, now, today);
                    reactivated.add(p);
                }
            }
        }
        List<Subscription> hosts = List.copyOf(reactivated);
        if (includeApps) {
            for (Subscription app : graph.appsOn(hosts)) {
                if (app.status(today) == SubscriptionStatus.CANCELLED) {
                    app.reactivate(actor, now, today);
                    reactivated.add(app);
                }
            }
        }
        reactivated.forEach(graph::touch);
        recomputeApps(graph, hosts, actor, now, today);
        return reactivated;
    }

    /** What the cancellation of {@code target} does, as the caller sees it (also the preview). */
    public static Outcome describe(SubscriptionGraph graph, Subscription target, LocalDate today) {
        LocalDate effectiveOn = target.cancellation().map(Cancellation::effectiveOn).orElse(null);
        List<Subscription> hosts = new ArrayList<>(List.of(target));
        List<Subscription> cancelled = new ArrayList<>();
        List<Subscription> kept = new ArrayList<>();
        if (target.kind() == SubscriptionKind.COLLECTION && effectiveOn != null) {
            for (Subscription p : graph.orderedIn(target)) {
                if (p.isCascadedFrom(target)) {
                    cancelled.add(p);
                    hosts.add(p);
                } else if (p.detachOn().map(effectiveOn::equals).orElse(false)) {
                    kept.add(p);
                }
            }
        }
        List<Subscription> losing = new ArrayList<>();
        if (effectiveOn != null) {
            for (Subscription app : graph.appsOn(hosts)) {
                if (app.isLive()) {
                    losing.add(app);
                } else if (app.cascadedCancellation().isPresent()) {
                    cancelled.add(app);
                }
            }
        }
        return new Outcome(target, effectiveOn, cancelled, losing, kept);
    }

    /**
     * R5 after {@code hosts} changed: every app on them is touched (its version changes with its
     * hosts, SPEC §4), gets the cascade its hosts now imply, and records losing or regaining a host.
     */
    static void recomputeApps(SubscriptionGraph graph, List<Subscription> hosts, Actor actor, Instant now,
                              LocalDate today) {
        for (Subscription app : graph.appsOn(hosts)) {
            graph.touch(app);
            boolean wasLive = app.isLive();
            app.applyCascade(CancelCascade.forApp(app, graph.hostsOf(app)), actor, now, today);
            if (wasLive && app.isLive()) {
                for (Subscription h : hosts) {
                    if (app.hosts().contains(h.number())) {
                        app.hostChanged(h.number(), !h.isLive(), actor, now);
                    }
                }
            }
        }
    }

    private static String describe(Set<ProductCode> codes) {
        return codes.isEmpty() ? "no product"
                : codes.stream().map(ProductCode::value).sorted().collect(Collectors.joining(", "));
    }
}
