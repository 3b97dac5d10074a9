package io.partnerportal.core.domain.site;

import java.time.Instant;
import java.util.Objects;

/**
 * A named admin organization, where organization-scope products are set up (R10).
 *
 * @param name      its name
 * @param createdAt when it was created
 */
public record Organization(OrganizationName name, Instant createdAt) {
    /**
     * Checks that every component is present.
     *
     * @param name      its name
     * @param createdAt when it was created
     */
    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
