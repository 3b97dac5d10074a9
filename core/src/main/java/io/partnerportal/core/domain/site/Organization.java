package io.partnerportal.core.domain.site;

import java.time.Instant;
import java.util.Objects;

/** A named admin organization, where organization-scope products are set up (R10). */
public record Organization(OrganizationName name, Instant createdAt) {
    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
