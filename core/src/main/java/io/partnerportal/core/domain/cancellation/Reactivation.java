package io.partnerportal.core.domain.cancellation;

import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.SubscriptionsReactivated;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.history.SubscriptionChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R8: vendor support reactivates a cancelled subscription - for a collection, with the included
 * products cancelled with it; on request, with the cancelled apps on them. An included product
 * comes back with its collection only, and an app needs a live host.
 */
public final class Reactivation {
    private Reactivation() {
    }

    /**
     * @param graph       the target with its included products, their apps and those apps' hosts
     * @param target      the subscription to reactivate
     * @param includeApps whether the cancelled apps on it come back too
     * @param act         who reactivates (vendor support), and when
     * @return the event, naming every subscription reactivated
     */
    public static SubscriptionsReactivated reactivate(SubscriptionGraph graph, Subscription target,
                                                      boolean includeApps, Act act) {
        LocalDate today = act.today();
        if (target.status(today) != SubscriptionStatus.CANCELLED) {
            throw new RuleRefusedException(ErrorCode.NOT_CANCELLED, target.number());
        }
        if (target.isIncludedOn(today)) {
            throw new RuleRefusedException(ErrorCode.INCLUDED_IN_COLLECTION, target.number(),
                    target.orderedInCollection().orElseThrow());
        }
        if (target.kind() == SubscriptionKind.APP && graph.hostsOf(target).stream().noneMatch(Subscription::isLive)) {
            throw new RuleRefusedException(ErrorCode.NO_LIVE_HOST, target.number());
        }
        List<SubscriptionChange> changes = new ArrayList<>();
        List<Subscription> reactivated = new ArrayList<>();
        changes.add(target.reactivate(today));
        reactivated.add(target);
        if (target.kind() == SubscriptionKind.COLLECTION) {
            for (Subscription p : graph.orderedIn(target)) {
                if (p.isCascadedFrom(target) && p.status(today) == SubscriptionStatus.CANCELLED) {
                    changes.add(p.reactivate(today));
                    reactivated.add(p);
                }
            }
        }
        List<Subscription> hosts = List.copyOf(reactivated);
        if (includeApps) {
            for (Subscription app : graph.appsOn(hosts)) {
                if (app.status(today) == SubscriptionStatus.CANCELLED) {
                    changes.add(app.reactivate(today));
                    reactivated.add(app);
                }
            }
        }
        reactivated.forEach(graph::touch);
        changes.addAll(AppCascade.recompute(graph, hosts, today));
        return new SubscriptionsReactivated(DomainEvent.newId(), act,
                reactivated.stream().map(Subscription::state).toList(), graph.statesOf(changes), changes);
    }
}
