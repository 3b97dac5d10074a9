package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R5 after hosts changed: every app on them is touched (its version changes with its hosts, SPEC
 * §4), gets the cascade its hosts now imply, and records losing or regaining a host.
 */
final class AppCascade {
    private AppCascade() {
    }

    static List<SubscriptionChange> recompute(SubscriptionGraph graph, List<Subscription> hosts, LocalDate today) {
        List<SubscriptionChange> changes = new ArrayList<>();
        for (Subscription app : graph.appsOn(hosts)) {
            graph.touch(app);
            boolean wasLive = app.isLive();
            app.applyCascade(CancelCascade.forApp(app, graph.hostsOf(app)), today).ifPresent(changes::add);
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
