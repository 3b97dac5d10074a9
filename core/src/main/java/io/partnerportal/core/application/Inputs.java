package io.partnerportal.core.application;

import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Enums;
import io.partnerportal.core.domain.value.Numbers;

/** The parse steps the commands share, each naming the field the caller used. */
public final class Inputs {
    /** The field an entitlement number is named by. */
    public static final String ENTITLEMENT_NUMBER = "entitlementNumber";
    /** A page's size when the caller names none. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 200;

    private Inputs() {
    }

    /**
     * @param f   where a wrong value is recorded
     * @param raw as typed
     * @return the entitlement number, or null when it is wrong
     */
    public static EntitlementNumber entitlementNumber(Fields f, String raw) {
        return f.parse(ENTITLEMENT_NUMBER, () -> EntitlementNumber.parse(raw));
    }

    /**
     * @param f   where a wrong value is recorded
     * @param raw as typed, or null for the first page
     * @return the cursor, or null
     */
    public static Cursor cursor(Fields f, String raw) {
        return f.optional("cursor", raw, Cursor::parse);
    }

    /**
     * @param f   where a wrong value is recorded
     * @param raw as typed, or null
     * @return a page size from 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent or wrong
     */
    public static int limit(Fields f, Integer raw) {
        Integer limit = raw == null ? Integer.valueOf(DEFAULT_LIMIT) : f.parse("limit", () -> Numbers.inRange(raw, 1, MAX_LIMIT));
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /**
     * @param f        where a wrong value is recorded
     * @param field    the field's name
     * @param type     the enumeration
     * @param raw      as typed, or null
     * @param fallback what an absent value means
     * @param <E>      the enumeration
     * @return the value, {@code fallback} when absent, null when wrong
     */
    public static <E extends Enum<E>> E optionalEnum(Fields f, String field, Class<E> type, String raw, E fallback) {
        E value = f.optional(field, raw, r -> Enums.parse(type, r));
        return raw == null ? fallback : value;
    }
}
