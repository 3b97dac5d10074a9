package io.partnerportal.core.testing;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sheets computed straight from the core's own rules (R11, the links of SPEC §2) over the fake tables. */
final class InMemorySubscriptionSheets implements SubscriptionSheets {
    private final InMemoryDatabase db;

    InMemorySubscriptionSheets(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Sheet> find(EntitlementNumber number, LocalDate today, PersonId viewer) {
        return db.read(() -> all().stream().filter(s -> s.number().equals(number)).findFirst()
                .map(s -> sheet(s, today, viewer)));
    }

    @Override
    public List<Sheet> findAll(java.util.Collection<EntitlementNumber> numbers, LocalDate today, PersonId viewer) {
        return db.read(() -> all().stream().filter(s -> numbers.contains(s.number()))
                .sorted(Comparator.comparing(Subscription::number)).map(s -> sheet(s, today, viewer)).toList());
    }

    @Override
    public List<Sheet> partnerPage(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                                   LocalDate today, EntitlementNumber after, int limit) {
        return db.read(() -> all().stream()
                .filter(s -> s.partner().equals(partner))
                .filter(s -> billingAccount == null || s.billingAccount().equals(billingAccount))
                .filter(s -> status == null || s.status(today) == status)
                .filter(s -> after == null || s.number().compareTo(after) > 0)
                .sorted(Comparator.comparing(Subscription::number))
                .limit(limit)
                .map(s -> sheet(s, today, null))
                .toList());
    }

    @Override
    public List<Sheet> appsOn(EntitlementNumber host, LocalDate today, PersonId viewer) {
        return db.read(() -> all().stream()
                .filter(s -> s.kind() == SubscriptionKind.APP && s.hosts().contains(host))
                .sorted(Comparator.comparing(Subscription::number))
                .map(s -> sheet(s, today, viewer))
                .toList());
    }

    private List<Subscription> all() {
        return db.tables.subscriptions.values().stream().map(Subscription::restore).toList();
    }

    private Sheet sheet(Subscription s, LocalDate today, PersonId viewer) {
        List<Subscription> all = all();
        Set<EntitlementNumber> assigned = viewer == null ? Set.of() : all.stream().filter(x -> x.isAssigned(viewer))
                .map(Subscription::number).collect(Collectors.toSet());
        List<Neighbour> neighbours = new ArrayList<>();
        for (Subscription other : all) {
            Relation relation = InMemoryContactListQuery.relation(s, other, today);
            if (relation != null) {
                neighbours.add(new Neighbour(other.number(), other.kind(), other.product(), relation, other.isLive(),
                        other.stateOn(today).userTier(), viewer != null && Visibility.canSee(viewer, other, assigned)));
            }
        }
        List<Card> cards = new ArrayList<>();
        for (PersonId id : s.contacts()) {
            Person p = db.tables.people.get(id);
            if (p != null) {
                cards.add(new Card(p.id(), p.email().value(), p.name().value(), p.locale().tag()));
            }
        }
        List<Subscription> assignedTo = all.stream().filter(x -> assigned.contains(x.number())).toList();
        return new Sheet(s, db.tables.partners.get(s.partner()), cards, neighbours,
                viewer != null && Visibility.canSee(viewer, s, assigned),
                viewer == null ? null : Visibility.roleOf(viewer, s, assignedTo).orElse(null));
    }
}
