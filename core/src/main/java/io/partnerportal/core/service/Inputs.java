package io.partnerportal.core.service;

import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Enums;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.domain.error.FieldErrors;
import io.partnerportal.core.domain.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Parsing of callers' raw inputs, each error naming the field the caller used. */
final class Inputs {
    static final String ENTITLEMENT_NUMBER = "entitlementNumber";

    private Inputs() {
    }

    static EntitlementNumber entitlementNumber(String raw) {
        return FieldErrors.single(ENTITLEMENT_NUMBER, () -> EntitlementNumber.parse(raw));
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String raw, String field, E fallback) {
        if (raw == null) {
            return fallback;
        }
        return FieldErrors.single(field, () -> Enums.parse(type, raw));
    }

    static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("value", "must be a date like 2026-01-15");
        }
    }

    /** A required whole number from {@code min} to {@code max}; errors name "value", for the caller to rename. */
    static int requiredInRange(Integer raw, int min, int max) {
        if (raw == null) {
            throw ValidationException.of("value", "is required");
        }
        if (raw < min || raw > max) {
            throw ValidationException.of("value", "must be between " + min + " and " + max);
        }
        return raw;
    }

    static int limit(Integer raw, int fallback, int max, String field) {
        if (raw == null) {
            return fallback;
        }
        if (raw < 1 || raw > max) {
            throw ValidationException.of(field, "must be between 1 and " + max);
        }
        return raw;
    }

    /**
     * A page of {@code fetched} (read one row more than {@code limit}, to know whether more
     * follow): the first {@code limit} rows as {@code show} presents them, and the cursor after
     * the last of them, from its {@code position}, when more follow.
     */
    static <T, R> Page<R> page(List<T> fetched, int limit, Function<T, String[]> position,
                               Function<List<T>, List<R>> show) {
        if (fetched.size() <= limit) {
            return new Page<>(show.apply(fetched), null);
        }
        List<T> rows = fetched.subList(0, limit);
        return new Page<>(show.apply(rows), cursor(position.apply(rows.get(limit - 1))));
    }

    /** An opaque cursor holding a few strings. */
    static String cursor(String... parts) {
        String joined = String.join("\u0000", parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor made by {@link #cursor}, or a validation error naming {@code cursor}. */
    static List<String> cursorParts(String raw, int expected) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(decoded.split("\u0000", -1)));
            if (parts.size() != expected) {
                throw new IllegalArgumentException("parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("cursor", "is not a cursor this list returned; start again without it");
        }
    }
}
