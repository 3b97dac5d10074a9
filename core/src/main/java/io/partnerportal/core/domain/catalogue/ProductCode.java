package io.partnerportal.core.domain.catalogue;

import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.FieldErrorCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A catalogue code such as {@code jira} or {@code teamwork-collection}.
 *
 * @param value the code
 */
public record ProductCode(String value) implements Comparable<ProductCode> {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    /**
     * Checks the form: 1 to 64 of {@code a-z0-9-}, not starting or ending with {@code -}.
     *
     * @param value the code
     */
    public ProductCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be a catalogue code like jira (a-z, 0-9 and '-')");
        }
    }

    /**
     * Parses what a caller typed (trimmed).
     *
     * @param raw what a caller typed
     * @return the code
     */
    public static ProductCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidValueException.required("is required");
        }
        return new ProductCode(raw.strip());
    }

    @Override
    public int compareTo(ProductCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
