package io.partnerportal.core.domain.billing;

import io.partnerportal.core.domain.value.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a billing account.
 *
 * @param value the UUID
 */
public record BillingAccountId(UUID value) {
    /**
     * Checks that the UUID is present.
     *
     * @param value the UUID
     */
    public BillingAccountId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new identifier.
     *
     * @return a random one
     */
    public static BillingAccountId random() {
        return new BillingAccountId(UUID.randomUUID());
    }

    /**
     * Parses a caller's text; a malformed id is a validation error.
     *
     * @param raw what a caller typed
     * @return the identifier
     */
    public static BillingAccountId parse(String raw) {
        return new BillingAccountId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
