package io.partnerportal.adapters.persistence;

import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.port.out.OrganizationRepository;
import java.util.Optional;

final class JpaOrganizationRepository implements OrganizationRepository {
    private final Jpa jpa;

    JpaOrganizationRepository(Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public void add(Organization organization) {
        OrganizationEntity e = new OrganizationEntity();
        e.name = organization.name().value();
        e.createdAt = Times.utc(organization.createdAt());
        jpa.change(em -> {
            em.persist(e);
            em.flush();
        });
    }

    @Override
    public Optional<Organization> find(OrganizationName name) {
        return jpa.read(em -> Optional.ofNullable(em.find(OrganizationEntity.class, name.value()))
                .map(e -> new Organization(new OrganizationName(e.name), Times.instant(e.createdAt))));
    }
}
