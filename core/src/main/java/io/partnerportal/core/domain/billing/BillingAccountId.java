package io.partnerportal.core.domain.billing;

import io.partnerportal.core.domain.value.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a billing account. */
public record BillingAccountId(UUID value) {
    public BillingAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static BillingAccountId random() {
        return new BillingAccountId(UUID.randomUUID());
    }

    /** Parses a caller's text; a malformed id is a validation error. */
    public static BillingAccountId parse(String raw) {
        return new BillingAccountId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
