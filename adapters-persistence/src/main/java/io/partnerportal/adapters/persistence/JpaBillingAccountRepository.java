package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.BillingAccountRepository;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JpaBillingAccountRepository implements BillingAccountRepository {
    private final Jpa jpa;

    JpaBillingAccountRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    private static BillingAccount toDomain(BillingAccountEntity e) {
        return new BillingAccount(new BillingAccountId(UUID.fromString(e.id)),
                new PartnerId(UUID.fromString(e.partnerId)), new DisplayName(e.name), Times.instant(e.createdAt));
    }

    @Override
    public void add(BillingAccount account) {
        BillingAccountEntity e = new BillingAccountEntity();
        e.id = account.id().toString();
        e.partnerId = account.partner().toString();
        e.name = account.name().value();
        e.createdAt = Times.utc(account.createdAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public Optional<BillingAccount> find(BillingAccountId id) {
        return jpa.read(em -> Optional.ofNullable(em.find(BillingAccountEntity.class, id.toString()))
                .map(JpaBillingAccountRepository::toDomain));
    }

    @Override
    public List<BillingAccount> findAll(Collection<BillingAccountId> ids) {
        return jpa.findIn("SELECT a FROM BillingAccountEntity a WHERE a.id IN :values", BillingAccountEntity.class,
                ids.stream().map(BillingAccountId::toString).toList(), JpaBillingAccountRepository::toDomain);
    }

    @Override
    public List<BillingAccount> page(PartnerId partner, Position after, int limit) {
        String jpql = "SELECT a FROM BillingAccountEntity a WHERE a.partnerId = :partner"
                + (after == null ? "" : " AND (a.name > :name OR (a.name = :name AND a.id > :id))")
                + " ORDER BY a.name, a.id";
        return jpa.read(em -> {
            TypedQuery<BillingAccountEntity> q = em.createQuery(jpql, BillingAccountEntity.class)
                    .setParameter("partner", partner.toString()).setMaxResults(limit);
            if (after != null) {
                q.setParameter("name", after.name()).setParameter("id", after.id().toString());
            }
            return q.getResultList().stream().map(JpaBillingAccountRepository::toDomain).toList();
        });
    }
}
