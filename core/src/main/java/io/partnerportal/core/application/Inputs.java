package io.partnerportal.core.application;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Enums;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The parse steps the commands share, each naming the field the caller used. */
public final class Inputs {
    public static final String ENTITLEMENT_NUMBER = "entitlementNumber";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Inputs() {
    }

    public static EntitlementNumber entitlementNumber(Fields f, String raw) {
        return f.parse(ENTITLEMENT_NUMBER, () -> EntitlementNumber.parse(raw));
    }

    public static Cursor cursor(Fields f, String raw) {
        return f.optional("cursor", raw, Cursor::parse);
    }

    /** A page size from 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(Fields f, Integer raw) {
        Integer limit = raw == null ? Integer.valueOf(DEFAULT_LIMIT) : f.parse("limit", () -> inRange(raw, 1, MAX_LIMIT));
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public static <E extends Enum<E>> E optionalEnum(Fields f, String field, Class<E> type, String raw, E fallback) {
        E value = f.optional(field, raw, r -> Enums.parse(type, r));
        return raw == null ? fallback : value;
    }

    /** A required whole number from {@code min} to {@code max}. */
    public static Integer inRange(Integer raw, int min, int max) {
        if (raw == null) {
            throw InvalidValueException.required("is required");
        }
        if (raw < min || raw > max) {
            throw new InvalidValueException(FieldErrorCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
        }
        return raw;
    }

    public static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be a date like 2026-01-15");
        }
    }
}
