package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import java.util.Optional;

/** Admin organizations; adding one that exists fails with {@code DUPLICATE}. */
public interface OrganizationRepository {
    void add(Organization organization);

    Optional<Organization> find(OrganizationName name);
}
