package io.partnerportal.core.domain.party;

import java.time.Instant;
import java.util.Objects;

/**
 * A billing partner (reseller); {@code contactEmail} is shown to customers under "Key contacts".
 *
 * @param id           its identifier
 * @param name         its name
 * @param contactEmail the partner's own contact address
 * @param createdAt    when it was created
 */
public record Partner(PartnerId id, DisplayName name, EmailAddress contactEmail, Instant createdAt) {
    /**
     * Checks that every component is present.
     *
     * @param id           its identifier
     * @param name         its name
     * @param contactEmail the partner's own contact address
     * @param createdAt    when it was created
     */
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
