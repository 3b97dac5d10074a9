package io.partnerportal.core.application;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Where a keyset page ends, as a caller sees it: an opaque token holding a few strings (a
 * name, an entitlement number, a time...) that only the list that made it reads back, with
 * {@link #position}: the one place a cursor is decoded, so every list refuses a foreign or
 * tampered cursor alike.
 *
 * @param parts the strings it holds
 */
public record Cursor(List<String> parts) {
    private static final String SEPARATOR = "\u0000";

    /**
     * Copies the parts.
     *
     * @param parts the strings it holds
     */
    public Cursor {
        parts = List.copyOf(parts);
    }

    /**
     * @param parts the strings to hold
     * @return the cursor
     */
    public static Cursor of(String... parts) {
        return new Cursor(Arrays.asList(parts));
    }

    /**
     * @param raw a token a list returned
     * @return the cursor it is
     */
    public static Cursor parse(String raw) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            return new Cursor(Arrays.asList(decoded.split(SEPARATOR, -1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** @return the token a caller sends back */
    public String value() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expected how many strings the list that made it puts in
     * @return the strings
     * @throws InvalidValueException when another list made it
     */
    public List<String> parts(int expected) {
        if (parts.size() != expected) {
            throw invalid();
        }
        return parts;
    }

    /**
     * Reads a cursor back into the position its list keeps: the one decoding every list uses. A
     * cursor another list made, or one whose parts do not read, is a validation error naming
     * {@code field}.
     *
     * @param cursor the cursor the caller sent, or null for the first page
     * @param field  the name the caller sent it under ({@code cursor}, {@code after})
     * @param parts  how many strings the list puts in
     * @param read   turns the strings into the list's position; any exception it throws means "not ours"
     * @param <T>    the list's position
     * @return the position, or null for the first page
     */
    public static <T> T position(Cursor cursor, String field, int parts, Function<List<String>, T> read) {
        if (cursor == null) {
            return null;
        }
        return Fields.single(field, () -> {
            List<String> p = cursor.parts(parts);
            try {
                return read.apply(p);
            } catch (RuntimeException notOurs) {
                throw invalid();
            }
        });
    }

    /** @return the error of a token no list of this kind returned */
    public static InvalidValueException invalid() {
        return new InvalidValueException(FieldErrorCode.MALFORMED,
                "is not a cursor this list returned; start again without it");
    }
}
