package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R5, the cascade to apps: an app is cancelled when its last live host is; its effective date is the
 * latest of its hosts' effective dates. While one host is live, the app stays and only loses the
 * others. Whenever hosts change (cancelled, withdrawn, reactivated), every app on them is touched
 * (its version changes with its hosts, SPEC §4), gets the cascade its hosts now imply, and records
 * losing or regaining a host.
 */
public final class AppCascade {
    private AppCascade() {
    }

    /**
     * The cancellation an app gets from its hosts, or none while one of them is live.
     *
     * @param app   the app
     * @param hosts its hosts, each with its cancellation
     * @return the latest host's cancellation as the app's cascade; empty while a host is live
     */
    public static Optional<Cancellation> forApp(Subscription app, Collection<Subscription> hosts) {
        if (app.kind() != SubscriptionKind.APP) {
            throw new IllegalArgumentException(app.number() + " is not an app");
        }
        if (hosts.isEmpty() || hosts.stream().anyMatch(Subscription::isLive)) {
            return Optional.empty();
        }
        Subscription latest = hosts.stream()
                .max(Comparator.comparing((Subscription h) -> h.cancellation().orElseThrow().effectiveOn())
                        .thenComparing(Subscription::number))
                .orElseThrow();
        Cancellation c = latest.cancellation().orElseThrow();
        return Optional.of(c.cascade(Cancellation.Cause.HOSTS_CANCELLED, latest.number(), c.effectiveOn()));
    }

    /**
     * After {@code hosts} changed: every app on them gets the cascade its hosts now imply, and a live
     * app records losing or regaining each of them.
     *
     * @param graph the hosts with their apps and those apps' other hosts
     * @param hosts the hosts that changed
     * @param today the clock's date
     * @return the history lines of what changed
     */
    static List<SubscriptionChange> recompute(SubscriptionGraph graph, List<Subscription> hosts, LocalDate today) {
        List<SubscriptionChange> changes = new ArrayList<>();
        for (Subscription app : graph.appsOn(hosts)) {
            graph.touch(app);
            boolean wasLive = app.isLive();
            app.applyCascade(forApp(app, graph.hostsOf(app)), today).ifPresent(changes::add);
            if (wasLive && app.isLive()) {
                for (Subscription h : hosts) {
                    if (app.hosts().contains(h.number())) {
                        changes.add(new SubscriptionChange(app.number(), new HistoryDetail.HostChanged(
                                h.isLive() ? HistoryAction.HOST_RESTORED : HistoryAction.HOST_LOST, h.number())));
                    }
                }
            }
        }
        return changes;
    }
}
