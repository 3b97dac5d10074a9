package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import java.util.Optional;

/** Admin organizations; adding one that exists fails with {@code DUPLICATE}. */
public interface OrganizationRepository {
    /**
     * Stores a new organization.
     *
     * @param organization the organization
     */
    void add(Organization organization);

    /**
     * Finds an organization by name.
     *
     * @param name its name
     * @return the organization; empty when unknown
     */
    Optional<Organization> find(OrganizationName name);
}
