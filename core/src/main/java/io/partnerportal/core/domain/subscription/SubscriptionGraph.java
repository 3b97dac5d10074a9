package io.partnerportal.core.domain.subscription;

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

    public SubscriptionGraph(Collection<Subscription> subscriptions) {
        subscriptions.forEach(s -> byNumber.putIfAbsent(s.number(), s));
    }

    public Subscription get(EntitlementNumber number) {
        Subscription s = byNumber.get(number);
        if (s == null) {
            throw new IllegalStateException(number + " was not loaded");
        }
        return s;
    }

    /** The apps in the graph installed on any of {@code hosts}, each once. */
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

    /** The products ordered in {@code collection} (kept and detached ones too). */
    public List<Subscription> orderedIn(Subscription collection) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : byNumber.values()) {
            if (s.orderedInCollection().map(collection.number()::equals).orElse(false)) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Subscription> hostsOf(Subscription app) {
        return app.hosts().stream().map(this::get).toList();
    }

    public void touch(Subscription s) {
        touched.add(s.number());
    }

    public List<Subscription> touched() {
        return touched.stream().map(byNumber::get).toList();
    }

    public Collection<Subscription> all() {
        return List.copyOf(byNumber.values());
    }
}
