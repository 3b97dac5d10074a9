package io.partnerportal.core.application;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Loads the subscriptions a change reaches, in a fixed number of reads whatever their number. */
public final class Graphs {
    private final SubscriptionRepository subscriptions;

    /** @param subscriptions the subscriptions */
    public Graphs(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /**
     * @param target a subscription
     * @return it, its included products, the apps on them, and the hosts of every app among these
     */
    public SubscriptionGraph around(Subscription target) {
        List<Subscription> loaded = new ArrayList<>(List.of(target));
        if (target.kind() == SubscriptionKind.COLLECTION) {
            loaded.addAll(subscriptions.findOrderedIn(List.of(target.number())));
        }
        List<EntitlementNumber> hostNumbers = loaded.stream().map(Subscription::number).toList();
        loaded.addAll(subscriptions.findAppsOn(hostNumbers));
        Set<EntitlementNumber> have = new LinkedHashSet<>();
        loaded.forEach(s -> have.add(s.number()));
        Set<EntitlementNumber> otherHosts = new LinkedHashSet<>();
        loaded.stream().filter(s -> s.kind() == SubscriptionKind.APP)
                .forEach(a -> a.hosts().stream().filter(h -> !have.contains(h)).forEach(otherHosts::add));
        if (!otherHosts.isEmpty()) {
            loaded.addAll(subscriptions.findAll(otherHosts));
        }
        return new SubscriptionGraph(loaded);
    }
}
