package io.partnerportal.core.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the wrong fields of one command so that a single answer names all of them, then
 * throws once: {@code T x = errors.field("email", () -> new EmailAddress(raw)); errors.throwIfAny();}
 */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** Parses one field; on a validation error records it under {@code field} and returns null. */
    public <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.add(new FieldError(field, err.message())));
            return null;
        }
    }

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Parses one field on its own: a validation error is thrown at once under {@code field}. */
    public static <T> T single(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw e.renamed(field);
        }
    }
}
