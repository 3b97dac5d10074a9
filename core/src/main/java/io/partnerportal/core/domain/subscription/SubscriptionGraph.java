package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.history.SubscriptionChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subscriptions one command works on - a subscription with its included products, the apps
 * on them and those apps' other hosts - loaded once, changed by the policies, and remembering which
 * of them were touched so the service stores exactly those.
 */
public final class SubscriptionGraph {
    private final Map<EntitlementNumber, Subscription> byNumber = new LinkedHashMap<>();
    private final Set<EntitlementNumber> touched = new LinkedHashSet<>();

    /** @param subscriptions the subscriptions loaded, each once */
    public SubscriptionGraph(Collection<Subscription> subscriptions) {
        subscriptions.forEach(s -> byNumber.putIfAbsent(s.number(), s));
    }

    /**
     * @param number a subscription of the graph
     * @return the subscription
     */
    public Subscription get(EntitlementNumber number) {
        Subscription s = byNumber.get(number);
        if (s == null) {
            throw new IllegalStateException(number + " was not loaded");
        }
        return s;
    }

    /**
     * @param hosts subscriptions of the graph
     * @return the apps in the graph installed on any of {@code hosts}, each once
     */
    public List<Subscription> appsOn(Collection<Subscription> hosts) {
        Set<EntitlementNumber> numbers = new LinkedHashSet<>();
        hosts.forEach(h -> numbers.add(h.number()));
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : byNumber.values()) {
            if (s.kind() == SubscriptionKind.APP && s.hosts().stream().anyMatch(numbers::contains)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * @param collection a collection of the graph
     * @return the products ordered in it (kept and detached ones too)
     */
    public List<Subscription> orderedIn(Subscription collection) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : byNumber.values()) {
            if (s.orderedInCollection().map(collection.number()::equals).orElse(false)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * @param app an app of the graph
     * @return its hosts, in its order
     */
    public List<Subscription> hostsOf(Subscription app) {
        return app.hosts().stream().map(this::get).toList();
    }

    /** @param s a subscription to store, changed or not (its version moves) */
    public void touch(Subscription s) {
        touched.add(s.number());
    }

    /** @return the subscriptions to store, in the order first touched */
    public List<Subscription> touched() {
        return touched.stream().map(byNumber::get).toList();
    }

    /** @return every subscription of the graph */
    public Collection<Subscription> all() {
        return List.copyOf(byNumber.values());
    }

    /**
     * @param changes what a policy did
     * @return the state now of each subscription a change names, each once, in the order first named
     */
    public List<SubscriptionState> statesOf(List<SubscriptionChange> changes) {
        Set<EntitlementNumber> named = new LinkedHashSet<>();
        changes.forEach(c -> named.add(c.subscription()));
        return named.stream().map(n -> get(n).state()).toList();
    }
}
