package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cancellation of a subscription does, read from a graph's current state - so a first
 * request, a repeat and a preview are answered alike: the date, what is cancelled with it, the
 * apps that stay having lost it as a host, and the included products kept standalone.
 *
 * @param subscription   the subscription cancelled
 * @param effectiveOn    when its cancellation takes effect, or null when none applies
 * @param cancelled      apps and included products cancelled with it
 * @param appsLosingHost live apps that lose it as a host
 * @param kept           included products that continue standalone
 */
public record CancellationDescription(Subscription subscription, LocalDate effectiveOn, List<Subscription> cancelled,
                                      List<Subscription> appsLosingHost, List<Subscription> kept) {
    /**
     * Copies the lists.
     *
     * @param subscription   the subscription cancelled
     * @param effectiveOn    when its cancellation takes effect, or null when none applies
     * @param cancelled      apps and included products cancelled with it
     * @param appsLosingHost live apps that lose it as a host
     * @param kept           included products that continue standalone
     */
    public CancellationDescription {
        cancelled = List.copyOf(cancelled);
        appsLosingHost = List.copyOf(appsLosingHost);
        kept = List.copyOf(kept);
    }

    /**
     * @param graph  the target with its included products, their apps and those apps' hosts
     * @param target the subscription
     * @param today  the clock's date
     * @return what its cancellation does
     */
    public static CancellationDescription of(SubscriptionGraph graph, Subscription target, LocalDate today) {
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
        return new CancellationDescription(target, effectiveOn, cancelled, losing, kept);
    }

    /** @return the same description as states, as an event carries it */
    public CancellationOutcome snapshot() {
        return new CancellationOutcome(subscription.state(), effectiveOn, states(cancelled), states(appsLosingHost),
                states(kept));
    }

    private static List<SubscriptionState> states(List<Subscription> subs) {
        return subs.stream().map(Subscription::state).toList();
    }
}
