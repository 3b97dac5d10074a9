package io.partnerportal.core.domain.party;

import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.FieldErrorCode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased (R11: compared case-insensitively), so that one
 * address is one person. Refuses anything that could not travel in an email header.
 *
 * @param value the address, normalized
 */
public record EmailAddress(String value) {
    private static final Pattern FORMAT = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    /**
     * Checks the form: at most 254 characters, a local part of at most 64, a domain with a dot.
     *
     * @param value the address, normalized
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.length() > 254) {
            throw new InvalidValueException(FieldErrorCode.TOO_LONG, "must be at most 254 characters");
        }
        if (!FORMAT.matcher(value).matches() || value.startsWith(".") || value.contains("..")
                || value.indexOf('@') > 64) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be an email address like name@example.com");
        }
    }

    /**
     * Parses what a caller typed: trims and lower-cases, then checks; the domain of erased people's
     * pseudonyms ({@link Person#ERASED_DOMAIN}) is nobody's to type.
     *
     * @param raw what a caller typed
     * @return the address
     */
    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required");
        }
        EmailAddress address = new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
        if (address.domain().equals(Person.ERASED_DOMAIN)) {
            throw new InvalidValueException(FieldErrorCode.NOT_APPLICABLE, "is reserved for people erased on request");
        }
        return address;
    }

    /**
     * The part after the {@code @}.
     *
     * @return the domain
     */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
