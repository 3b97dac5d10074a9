package io.partnerportal.core.domain;

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

    /** Parses a caller's text; a malformed id is a validation error. */
    public static PersonId parse(String raw) {
        return new PersonId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
