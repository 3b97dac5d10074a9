package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.InvalidValueException;

/** Checks shared by the textual value objects: required, bounded, free of control characters. */
public final class Text {
    private Text() {
    }

    /**
     * Trims and checks a required single-line text; CR, LF and other control characters are refused.
     *
     * @param raw       what a caller typed
     * @param maxLength the longest text allowed, after trimming
     * @return the trimmed text
     */
    public static String singleLine(String raw, int maxLength) {
        if (raw == null) {
            throw InvalidValueException.required("is required");
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            throw InvalidValueException.required("must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(FieldErrorCode.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(FieldErrorCode.CONTROL_CHARACTERS,
                        "must not contain line breaks or control characters");
            }
        }
        return value;
    }

    /**
     * @param raw what a caller typed
     * @return null for a missing or blank text (a form's empty field), else {@code raw}
     */
    public static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw;
    }
}
