package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.catalogue.ProductCode;
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

final class JpaSubscriptionRepository implements SubscriptionRepository {
    private final Jpa jpa;

    JpaSubscriptionRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Subscription> find(EntitlementNumber number) {
        return jpa.read(em -> Optional.ofNullable(em.find(SubscriptionEntity.class, number.value()))
                .map(SubscriptionMapper::toDomain));
    }

    @Override
    public List<Subscription> findAll(Collection<EntitlementNumber> numbers) {
        return inChunks(numbers, "SELECT s FROM SubscriptionEntity s WHERE s.number IN :values");
    }

    @Override
    public List<Subscription> findAppsOn(Collection<EntitlementNumber> hosts) {
        return inChunks(hosts, "SELECT DISTINCT s FROM SubscriptionEntity s JOIN s.hosts h WHERE h IN :values");
    }

    @Override
    public List<Subscription> findOrderedIn(Collection<EntitlementNumber> collections) {
        return inChunks(collections, "SELECT s FROM SubscriptionEntity s WHERE s.collectionNumber IN :values");
    }

    private List<Subscription> inChunks(Collection<EntitlementNumber> numbers, String jpql) {
        return jpa.findIn(jpql, SubscriptionEntity.class, numbers.stream().map(EntitlementNumber::value).toList(),
                SubscriptionMapper::toDomain);
    }

    @Override
    public List<Subscription> findAssignedTo(PersonId person) {
        return list("SELECT DISTINCT s FROM SubscriptionEntity s JOIN s.contacts c WHERE c.personId = :person", "person",
                person.toString());
    }

    @Override
    public List<Subscription> findLiveOn(SiteUrl site, ProductCode product) {
        return jpa.read(em -> em.createQuery("SELECT s FROM SubscriptionEntity s WHERE s.site = :site"
                        + " AND s.product = :product AND s.cancellationOn IS NULL", SubscriptionEntity.class)
                .setParameter("site", site.value())
                .setParameter("product", product.value())
                .getResultList().stream().map(SubscriptionMapper::toDomain).toList());
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
    public boolean exists(EntitlementNumber number) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(s) FROM SubscriptionEntity s WHERE s.number = :n",
                Long.class).setParameter("n", number.value()).getSingleResult() > 0);
    }

    @Override
    public void add(Subscription subscription) {
        SubscriptionEntity e = SubscriptionMapper.newEntity(subscription.state());
        jpa.change(em -> em.persist(e));
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
