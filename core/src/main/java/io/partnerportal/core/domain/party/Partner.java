package io.partnerportal.core.domain.party;

import java.time.Instant;
import java.util.Objects;

/** A billing partner (reseller); {@code contactEmail} is shown to customers under "Key contacts". */
public record Partner(PartnerId id, DisplayName name, EmailAddress contactEmail, Instant createdAt) {
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
