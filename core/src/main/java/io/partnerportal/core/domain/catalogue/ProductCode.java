package io.partnerportal.core.domain.catalogue;

import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.FieldErrorCode;
import java.util.Objects;
import java.util.regex.Pattern;

/** A catalogue code such as {@code jira} or {@code teamwork-collection}. */
public record ProductCode(String value) implements Comparable<ProductCode> {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public ProductCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be a catalogue code like jira (a-z, 0-9 and '-')");
        }
    }

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
