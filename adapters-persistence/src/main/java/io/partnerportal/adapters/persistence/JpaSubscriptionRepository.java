package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.port.out.SubscriptionRepository;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

final class JpaSubscriptionRepository implements SubscriptionRepository {
    private final Jpa jpa;

    JpaSubscriptionRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    /**
     * Inside a unit of work the entity manager's (the entity is then managed, ready for {@link #update});
     * outside one, a read alone: one plain SQL statement, no transaction, no persistence context.
     */
    @Override
    public Optional<Subscription> find(EntitlementNumber number) {
        if (!jpa.inUnit()) {
            return jpa.sql(c -> SubscriptionRows.select(c, "s.entitlement_number = ?", null, number.value())).stream()
                    .findFirst();
        }
        return jpa.read(em -> Optional.ofNullable(em.find(SubscriptionEntity.class, number.value()))
                .map(SubscriptionMapper::toDomain));
    }

    // The next three, like find: in a unit of work through the entity manager, outside one in plain SQL.

    @Override
    public List<Subscription> findAll(Collection<EntitlementNumber> numbers) {
        return inChunks(numbers, "SELECT s FROM SubscriptionEntity s WHERE s.number IN :values",
                "s.entitlement_number IN (%s)");
    }

    @Override
    public List<Subscription> findAppsOn(Collection<EntitlementNumber> hosts) {
        return inChunks(hosts, "SELECT DISTINCT s FROM SubscriptionEntity s JOIN s.hosts h WHERE h IN :values",
                "s.entitlement_number IN (SELECT a.entitlement_number FROM subscription_host a"
                        + " WHERE a.host_number IN (%s))");
    }

    @Override
    public List<Subscription> findOrderedIn(Collection<EntitlementNumber> collections) {
        return inChunks(collections, "SELECT s FROM SubscriptionEntity s WHERE s.collectionNumber IN :values",
                "s.collection_number IN (%s)");
    }

    private List<Subscription> inChunks(Collection<EntitlementNumber> numbers, String jpql, String sql) {
        List<String> values = numbers.stream().map(EntitlementNumber::value).toList();
        if (!jpa.inUnit()) {
            return values.isEmpty() ? List.of() : jpa.sql(c -> SubscriptionRows.in(c, sql, values));
        }
        return jpa.findIn(jpql, SubscriptionEntity.class, values, SubscriptionMapper::toDomain);
    }

    @Override
    public List<Subscription> findAssignedTo(PersonId person) {
        return list("SELECT DISTINCT s FROM SubscriptionEntity s JOIN s.contacts c WHERE c.personId = :person", "person",
                person.toString());
    }

    @Override
    public List<Subscription> findOnSite(SiteUrl site) {
        return list("SELECT s FROM SubscriptionEntity s WHERE s.site = :site", "site", site.value());
    }

    private List<Subscription> list(String jpql, String name, String value) {
        return jpa.read(em -> em.createQuery(jpql, SubscriptionEntity.class).setParameter(name, value)
                .getResultList().stream().map(SubscriptionMapper::toDomain).toList());
    }

    @Override
    public Set<EntitlementNumber> assignedAmong(PersonId person, Collection<EntitlementNumber> numbers) {
        List<String> values = numbers.stream().map(EntitlementNumber::value).distinct().toList();
        if (values.isEmpty()) {
            return Set.of();
        }
        return jpa.sql(c -> {
            Set<EntitlementNumber> out = new HashSet<>();
            for (int i = 0; i < values.size(); i += Jpa.CHUNK) {
                List<String> chunk = values.subList(i, Math.min(values.size(), i + Jpa.CHUNK));
                List<Object> params = new ArrayList<>(List.of(person.toString()));
                params.addAll(chunk);
                try (PreparedStatement ps = Sql.prepare(c, "SELECT entitlement_number FROM subscription_contact"
                        + " WHERE person_id = ? AND entitlement_number IN (" + Sql.placeholders(chunk.size()) + ")",
                        params.toArray()); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EntitlementNumber(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Places placesOf(PersonId person) {
        return jpa.sql(c -> {
            List<String> sites = new ArrayList<>();
            List<String> organizations = new ArrayList<>();
            String assigned = "SELECT a.entitlement_number FROM subscription_contact a WHERE a.person_id = ?";
            // the subscriptions the person sees (R11): assigned, apps on those, products ordered in those
            try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT s.site, s.organization FROM subscription s"
                    + " WHERE (s.site IS NOT NULL OR s.organization IS NOT NULL) AND (s.entitlement_number IN ("
                    + assigned + ") OR s.collection_number IN (" + assigned + ") OR s.entitlement_number IN ("
                    + "SELECT h.entitlement_number FROM subscription_host h WHERE h.host_number IN (" + assigned
                    + ")))", person.toString(), person.toString(), person.toString());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        sites.add(rs.getString(1));
                    }
                    if (rs.getString(2) != null) {
                        organizations.add(rs.getString(2));
                    }
                }
            }
            return new Places(sites, organizations);
        });
    }

    @Override
    public boolean exists(EntitlementNumber number) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(s) FROM SubscriptionEntity s WHERE s.number = :n",
                Long.class).setParameter("n", number.value()).getSingleResult() > 0);
    }

    @Override
    public void add(Subscription subscription) {
        SubscriptionEntity e = SubscriptionMapper.newEntity(subscription.state());
        jpa.change(em -> em.persist(e));
        jpa.touched(e.number);
    }

    @Override
    public void update(Subscription subscription) {
        SubscriptionState s = subscription.state();
        jpa.change(em -> {
            SubscriptionEntity e = em.find(SubscriptionEntity.class, s.number().value());
            if (e == null || e.version != s.version()) {
                throw ConflictException.concurrentUpdate("Subscription " + s.number());
            }
            SubscriptionMapper.copy(s, e);
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        });
        jpa.touched(s.number().value());
    }

    @Override
    public List<Subscription> partnerPage(PartnerId partner, BillingAccountId billingAccount,
                                          SubscriptionStatus status, LocalDate today, EntitlementNumber after,
                                          int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM SubscriptionEntity s WHERE s.partnerId = :partner");
        if (billingAccount != null) {
            jpql.append(" AND s.billingAccountId = :account");
        }
        if (after != null) {
            jpql.append(" AND s.number > :after");
        }
        if (status != null) {
            jpql.append(" AND ").append(statusPredicate(status, "s.cancellationOn", "s.startDate", ":today"));
        }
        jpql.append(" ORDER BY s.number");
        return jpa.read(em -> {
            TypedQuery<SubscriptionEntity> q = em.createQuery(jpql.toString(), SubscriptionEntity.class)
                    .setParameter("partner", partner.toString())
                    .setMaxResults(limit);
            if (billingAccount != null) {
                q.setParameter("account", billingAccount.toString());
            }
            if (after != null) {
                q.setParameter("after", after.value());
            }
            if (status != null) {
                q.setParameter("today", today);
            }
            return q.getResultList().stream().map(SubscriptionMapper::toDomain).toList();
        });
    }

    /**
     * R2 as a query predicate on the stored dates, the same rule as {@code Subscription.statusOf},
     * for JPQL and SQL alike: the columns and the parameter standing for today are named by the caller.
     */
    static String statusPredicate(SubscriptionStatus status, String cancellationOn, String startDate, String today) {
        String notCancelled = "(" + cancellationOn + " IS NULL OR " + cancellationOn + " > " + today + ")";
        return switch (status) {
            case CANCELLED -> "(" + cancellationOn + " IS NOT NULL AND " + cancellationOn + " <= " + today + ")";
            case UPCOMING -> "(" + notCancelled + " AND " + startDate + " > " + today + ")";
            case ACTIVE -> "(" + notCancelled + " AND " + startDate + " <= " + today + ")";
        };
    }
}
