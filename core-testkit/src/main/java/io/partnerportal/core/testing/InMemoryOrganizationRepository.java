package io.partnerportal.core.testing;

import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.port.out.OrganizationRepository;
import java.util.Optional;

final class InMemoryOrganizationRepository implements OrganizationRepository {
    private final InMemoryDatabase db;

    InMemoryOrganizationRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Organization organization) {
        db.write(() -> {
            if (db.tables.organizations.putIfAbsent(organization.name(), organization) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE, "organization " + organization.name() + " exists");
            }
        });
    }

    @Override
    public Optional<Organization> find(OrganizationName name) {
        return db.read(() -> Optional.ofNullable(db.tables.organizations.get(name)));
    }
}
