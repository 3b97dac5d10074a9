package io.partnerportal.core.support;

import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.cancellation.Reactivation;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.event.SubscriptionsReactivated;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.List;
import java.util.Optional;

/**
 * Vendor support reactivates a cancelled subscription (R8); nothing comes back onto a site that
 * meanwhile has another live subscription of the same product (R10).
 */
final class SupportService implements SupportOperations {
    private final Transactions tx;
    private final Views views;
    private final Graphs graphs;
    private final SubscriptionRepository subscriptions;
    private final Sites sites;

    SupportService(Transactions tx, Views views, Graphs graphs, SubscriptionRepository subscriptions, Sites sites) {
        this.tx = tx;
        this.views = views;
        this.graphs = graphs;
        this.subscriptions = subscriptions;
        this.sites = sites;
    }

    @Override
    public SubscriptionView reactivate(Reactivate c) {
        return tx.write(changes -> {
            Subscription target = subscriptions.find(c.subscription())
                    .orElseThrow(() -> new NotFoundException("Subscription " + c.subscription()));
            SubscriptionGraph graph = graphs.around(target);
            Subscription t = graph.get(c.subscription());
            SubscriptionsReactivated event = Reactivation.reactivate(graph, t, c.includeApps(),
                    tx.act(new Actor.Support(c.supportKeyId())));
            for (SubscriptionState s : event.reactivated()) {
                if (s.site() != null) {
                    sites.refuseIfTaken(s.site(), List.of(s.product()), s.number());
                }
            }
            changes.commit(Optional.of(event), graph.touched());
            return views.of(t);
        });
    }
}
