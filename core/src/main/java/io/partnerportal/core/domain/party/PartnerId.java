package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.value.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a billing partner.
 *
 * @param value the UUID
 */
public record PartnerId(UUID value) {
    /**
     * Checks that the UUID is present.
     *
     * @param value the UUID
     */
    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new identifier.
     *
     * @return a random one
     */
    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    /**
     * Parses a caller's text; a malformed id is a validation error.
     *
     * @param raw what a caller typed
     * @return the identifier
     */
    public static PartnerId parse(String raw) {
        return new PartnerId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
