package io.partnerportal.core.testing;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

final class InMemorySubscriptionRepository implements SubscriptionRepository {
    private final InMemoryDatabase db;

    InMemorySubscriptionRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Subscription> find(EntitlementNumber number) {
        return db.read(() -> Optional.ofNullable(db.tables.subscriptions.get(number)).map(Subscription::restore));
    }

    @Override
    public List<Subscription> findAll(Collection<EntitlementNumber> numbers) {
        Set<EntitlementNumber> wanted = new HashSet<>(numbers);
        return where(s -> wanted.contains(s.number()));
    }

    @Override
    public List<Subscription> findAppsOn(Collection<EntitlementNumber> hosts) {
        Set<EntitlementNumber> wanted = new HashSet<>(hosts);
        return where(s -> s.kind() == SubscriptionKind.APP && s.hosts().stream().anyMatch(wanted::contains));
    }

    @Override
    public List<Subscription> findOrderedIn(Collection<EntitlementNumber> collections) {
        Set<EntitlementNumber> wanted = new HashSet<>(collections);
        return where(s -> s.collection() != null && wanted.contains(s.collection()));
    }

    @Override
    public List<Subscription> findAssignedTo(PersonId person) {
        return where(s -> s.contacts().contains(person));
    }

    @Override
    public List<Subscription> findOnSite(SiteUrl site) {
        return where(s -> site.equals(s.site()));
    }

    @Override
    public boolean exists(EntitlementNumber number) {
        return db.read(() -> db.tables.subscriptions.containsKey(number));
    }

    @Override
    public void add(Subscription subscription) {
        SubscriptionState s = subscription.state();
        db.write(() -> {
            if (db.tables.subscriptions.containsKey(s.number())) {
                throw new ConflictException(ErrorCode.DUPLICATE, s.number() + " exists");
            }
            db.tables.subscriptions.put(s.number(), s);
        });
    }

    @Override
    public void update(Subscription subscription) {
        SubscriptionState s = subscription.state();
        db.write(() -> {
            SubscriptionState stored = db.tables.subscriptions.get(s.number());
            if (stored == null || stored.version() != s.version()) {
                throw ConflictException.concurrentUpdate("Subscription " + s.number());
            }
            db.tables.subscriptions.put(s.number(), s.withVersion(s.version() + 1));
        });
    }

    @Override
    public List<Subscription> partnerPage(PartnerId partner, BillingAccountId billingAccount,
                                          SubscriptionStatus status, LocalDate today, EntitlementNumber after,
                                          int limit) {
        return db.read(() -> db.tables.subscriptions.values().stream()
                .filter(s -> s.partner().equals(partner))
                .filter(s -> billingAccount == null || s.billingAccount().equals(billingAccount))
                .filter(s -> after == null || s.number().compareTo(after) > 0)
                .map(Subscription::restore)
                .filter(s -> status == null || s.status(today) == status)
                .sorted(Comparator.comparing(Subscription::number))
                .limit(limit)
                .toList());
    }

    private List<Subscription> where(Predicate<SubscriptionState> p) {
        Objects.requireNonNull(p);
        return db.read(() -> db.tables.subscriptions.values().stream().filter(p).map(Subscription::restore)
                .toList());
    }

    @Override
    public java.util.Set<EntitlementNumber> assignedAmong(PersonId person,
                                                          java.util.Collection<EntitlementNumber> numbers) {
        return db.read(() -> numbers.stream().filter(n -> {
            var stored = db.tables.subscriptions.get(n);
            return stored != null && stored.contacts().contains(person);
        }).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public Places placesOf(PersonId person) {
        return db.read(() -> {
            java.util.List<String> sites = new java.util.ArrayList<>();
            java.util.List<String> organizations = new java.util.ArrayList<>();
            java.util.Set<EntitlementNumber> assigned = db.tables.subscriptions.values().stream()
                    .filter(s -> s.contacts().contains(person)).map(s -> s.number())
                    .collect(java.util.stream.Collectors.toSet());
            db.tables.subscriptions.values().stream().filter(s -> io.partnerportal.core.domain.access.Visibility
                    .canSee(person, Subscription.restore(s), assigned)).forEach(s -> {
                if (s.site() != null) {
                    sites.add(s.site().value());
                }
                if (s.organization() != null) {
                    organizations.add(s.organization().value());
                }
            });
            return new Places(sites, organizations);
        });
    }
}
