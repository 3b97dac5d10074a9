package io.partnerportal.core.testing;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.port.out.ContactListQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The contact list computed straight from the core's own rules (R2, R11) over the fake tables. */
final class InMemoryContactListQuery implements ContactListQuery {
    private final InMemoryDatabase db;

    InMemoryContactListQuery(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<Row> page(PersonId viewer, ListTab tab, LocalDate today, ListFilter filter, Position after,
                          int limit) {
        return db.read(() -> {
            List<Subscription> all = db.tables.subscriptions.values().stream().map(Subscription::restore).toList();
            Set<EntitlementNumber> assigned = all.stream().filter(s -> s.isAssigned(viewer))
                    .map(Subscription::number).collect(Collectors.toSet());
            Comparator<Row> order = Comparator.comparing(Row::productName).thenComparing(Row::number);
            return all.stream()
                    .filter(s -> Visibility.canSee(viewer, s, assigned))
                    .filter(s -> s.status(today) == tab.status())
                    .filter(s -> found(filter, s) && filter.admits(s.partner(), s.product()))
                    .map(s -> row(s, all, viewer, assigned, today))
                    .filter(r -> after == null || order.compare(r, new Row(after.number(), null, null,
                            after.productName(), null, null, 0, null, null, null, null, List.of(), null, null)) > 0)
                    .sorted(order)
                    .limit(limit)
                    .toList();
        });
    }

    @Override
    public List<Tally> tally(PersonId viewer, LocalDate today, String search) {
        ListFilter filter = new ListFilter(search, null, null);
        return db.read(() -> {
            List<Subscription> all = db.tables.subscriptions.values().stream().map(Subscription::restore).toList();
            Set<EntitlementNumber> assigned = all.stream().filter(s -> s.isAssigned(viewer))
                    .map(Subscription::number).collect(Collectors.toSet());
            Map<List<Object>, int[]> counts = new LinkedHashMap<>();
            for (Subscription s : all) {
                if (Visibility.canSee(viewer, s, assigned)) {
                    int[] c = counts.computeIfAbsent(List.of(s.partner(), s.product(), found(filter, s)),
                            k -> new int[3]);
                    c[switch (s.status(today)) {
                        case ACTIVE -> 0;
                        case CANCELLED -> 1;
                        case UPCOMING -> 2;
                    }]++;
                }
            }
            List<Tally> out = new ArrayList<>();
            counts.forEach((k, c) -> {
                PartnerId partner = (PartnerId) k.get(0);
                ProductCode product = (ProductCode) k.get(1);
                out.add(new Tally(partner, db.tables.partners.get(partner).name().value(), product,
                        db.tables.catalogue.get(product).name(), (Boolean) k.get(2), c[0], c[1], c[2]));
            });
            return out;
        });
    }

    private boolean found(ListFilter filter, Subscription s) {
        return filter.found(name(s), s.number(), s.site().map(Object::toString).orElse(null),
                s.organization().map(Object::toString).orElse(null));
    }

    private Row row(Subscription s, List<Subscription> all, PersonId viewer, Set<EntitlementNumber> assigned,
                    LocalDate today) {
        List<Link> links = new ArrayList<>();
        for (Subscription other : all) {
            Relation relation = relation(s, other, today);
            if (relation != null) {
                links.add(new Link(other.number(), other.kind(), name(other), relation,
                        Visibility.canSee(viewer, other, assigned)));
            }
        }
        links.sort(Comparator.comparing(Link::relation).thenComparing(Link::productName).thenComparing(Link::number));
        Integer hostTier = null;
        if (s.kind() == SubscriptionKind.APP) {
            var tiers = all.stream().filter(h -> s.hosts().contains(h.number()) && h.isLive())
                    .mapToInt(h -> h.stateOn(today).userTier()).max();
            hostTier = tiers.isPresent() ? tiers.getAsInt() : null;
        }
        return new Row(s.number(), s.kind(), s.product(), name(s), s.plan(), s.billingCycle(), s.userTier(),
                s.startDate(), s.termStart(), s.cancellation().map(c -> c.effectiveOn()).orElse(null),
                db.tables.partners.get(s.partner()).name().value(), links, s.state().pendingChange(), hostTier);
    }

    /** How {@code other} is linked to {@code s}, seen from {@code s} (SPEC §2), or null. */
    static Relation relation(Subscription s, Subscription other, LocalDate today) {
        if (other.kind() == SubscriptionKind.APP && other.hosts().contains(s.number())) {
            return Relation.APP;
        }
        if (s.kind() == SubscriptionKind.APP && s.hosts().contains(other.number())) {
            return Relation.HOST;
        }
        if (s.collectionOn(today).map(other.number()::equals).orElse(false)) {
            return Relation.COLLECTION;
        }
        if (other.collectionOn(today).map(s.number()::equals).orElse(false)) {
            return Relation.INCLUDED_PRODUCT;
        }
        return null;
    }

    private String name(Subscription s) {
        return db.tables.catalogue.get(s.product()).name();
    }
}
