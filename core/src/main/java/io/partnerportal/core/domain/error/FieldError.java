package io.partnerportal.core.domain.error;

import java.util.Objects;

/**
 * One wrong input: the field as the caller named it (e.g. {@code contacts[1].email}), why for
 * machines, and why for people.
 *
 * @param field   the field as the caller named it
 * @param code    why, for machines
 * @param message why, in English
 */
public record FieldError(String field, FieldErrorCode code, String message) {
    /**
     * Checks that every part is present.
     *
     * @param field   the field as the caller named it
     * @param code    why, for machines
     * @param message why, in English
     */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
