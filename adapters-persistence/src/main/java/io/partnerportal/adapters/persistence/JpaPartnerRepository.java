package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.PartnerRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class JpaPartnerRepository implements PartnerRepository {
    private final Jpa jpa;

    JpaPartnerRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    static Partner toDomain(PartnerEntity e) {
        return new Partner(new PartnerId(UUID.fromString(e.id)), new DisplayName(e.name),
                new EmailAddress(e.contactEmail), Times.instant(e.createdAt));
    }

    @Override
    public void add(Partner partner) {
        PartnerEntity e = new PartnerEntity();
        e.id = partner.id().toString();
        e.name = partner.name().value();
        e.contactEmail = partner.contactEmail().value();
        e.createdAt = Times.utc(partner.createdAt());
        jpa.change(em -> em.persist(e));
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return jpa.read(em -> Optional.ofNullable(em.find(PartnerEntity.class, id.toString())).map(
                JpaPartnerRepository::toDomain));
    }

    @Override
    public List<Partner> findAll(Collection<PartnerId> ids) {
        return jpa.findIn("SELECT p FROM PartnerEntity p WHERE p.id IN :values", PartnerEntity.class,
                ids.stream().map(PartnerId::toString).toList(), JpaPartnerRepository::toDomain);
    }

    @Override
    public List<Partner> all() {
        // sorted here, by code point, so that the order does not depend on the database's collation
        return jpa.read(em -> em.createQuery("SELECT p FROM PartnerEntity p", PartnerEntity.class).getResultList()
                .stream().map(JpaPartnerRepository::toDomain)
                .sorted(Comparator.comparing((Partner p) -> p.name().value()).thenComparing(p -> p.id().toString()))
                .toList());
    }

    @Override
    public boolean any() {
        // plain SQL: the embedded default asks this at every start, before any request (SPEC V7), and a
        // JPQL query there would parse and compile before the first request needs the JPQL machinery
        return jpa.sql(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM partner)");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
