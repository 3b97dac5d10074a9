package io.partnerportal.core.domain.error;

import java.util.Objects;

/** One wrong input: the field as the caller named it (e.g. {@code contacts[1].email}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
