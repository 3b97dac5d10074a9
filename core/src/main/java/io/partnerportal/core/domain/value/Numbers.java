package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;

/** Whole numbers as callers send them: present, and within the bounds a field allows. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * @param raw as sent, or null
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the number
     * @throws InvalidValueException {@code REQUIRED} when absent, {@code OUT_OF_RANGE} outside the bounds
     */
    public static int inRange(Integer raw, int min, int max) {
        if (raw == null) {
            throw InvalidValueException.required("is required");
        }
        if (raw < min || raw > max) {
            throw new InvalidValueException(FieldErrorCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
        }
        return raw;
    }
}
