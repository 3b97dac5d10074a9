package io.partnerportal.core.domain.request;

import io.partnerportal.core.domain.value.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a request to the billing partner (R23).
 *
 * @param value the UUID
 */
public record RequestId(UUID value) {
    /**
     * Checks that the UUID is present.
     *
     * @param value the UUID
     */
    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new identifier */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /**
     * Parses a caller's text; a malformed id is a validation error.
     *
     * @param raw what a caller typed
     * @return the identifier
     */
    public static RequestId parse(String raw) {
        return new RequestId(Ids.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
