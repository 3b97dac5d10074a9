package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses a caller's text into one of an enum's constants, naming the allowed ones otherwise. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of("value", "is required; one of " + allowed(type));
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw ValidationException.of("value", "must be one of " + allowed(type));
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
