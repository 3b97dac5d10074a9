package io.partnerportal.core.domain.party;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a person (one per email address).
 *
 * @param value the UUID
 */
public record PersonId(UUID value) {
    /**
     * Checks that the UUID is present.
     *
     * @param value the UUID
     */
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new identifier.
     *
     * @return a random one
     */
    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
