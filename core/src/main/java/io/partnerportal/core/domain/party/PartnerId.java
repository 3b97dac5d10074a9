package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.value.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a billing partner. */
public record PartnerId(UUID value) {
    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    /** Parses a caller's text; a malformed id is a validation error. */
    public static PartnerId parse(String raw) {
        return new PartnerId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
