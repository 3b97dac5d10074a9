package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses a caller's text into one of an enum's constants, naming the allowed ones otherwise. */
public final class Enums {
    private Enums() {
    }

    /**
     * @param type the enum
     * @param raw  what a caller typed: exactly a constant's name
     * @param <E>  the enum's type
     * @return the constant
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required; one of " + allowed(type));
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw new InvalidValueException(FieldErrorCode.NOT_ONE_OF, "must be one of " + allowed(type));
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
