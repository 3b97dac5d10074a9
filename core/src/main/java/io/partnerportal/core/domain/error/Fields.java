package io.partnerportal.core.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one parse step of a command: each field is parsed under the name the caller used, every
 * wrong field is collected, and one {@link ValidationException} names them all:
 * {@code T x = fields.parse("email", () -> EmailAddress.parse(raw)); fields.throwIfAny();}
 */
public final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Parses one field; a value error is recorded under {@code field} and null returned.
     *
     * @param field the field as the caller named it
     * @param parse builds the value
     * @param <T>   the value's type
     * @return the value, or null when it was refused
     */
    public <T> T parse(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.code(), e.getMessage()));
            return null;
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /**
     * Parses an optional field: a null raw value is null, anything else goes through {@code parse}.
     *
     * @param field the field as the caller named it
     * @param raw   what the caller sent
     * @param parse builds the value from {@code raw}
     * @param <R>   the raw type
     * @param <T>   the value's type
     * @return the value, or null when absent or refused
     */
    public <R, T> T optional(String field, R raw, java.util.function.Function<R, T> parse) {
        return raw == null ? null : parse(field, () -> parse.apply(raw));
    }

    /**
     * Records an error found by the caller itself.
     *
     * @param field   the field as the caller named it
     * @param code    why, for machines
     * @param message why, in English
     * @return this collector
     */
    public Fields add(String field, FieldErrorCode code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    /** Throws one {@link ValidationException} naming every recorded field, if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Parses one field on its own: a value error is thrown at once, named {@code field}.
     *
     * @param field the field as the caller named it
     * @param parse builds the value
     * @param <T>   the value's type
     * @return the value
     */
    public static <T> T single(String field, Supplier<T> parse) {
        Fields fields = new Fields();
        T value = fields.parse(field, parse);
        fields.throwIfAny();
        return value;
    }
}
