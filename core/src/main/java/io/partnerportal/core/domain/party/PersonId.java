package io.partnerportal.core.domain.party;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person (one per email address). */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
