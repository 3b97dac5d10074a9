package io.partnerportal.core.domain.value;

import io.partnerportal.core.domain.error.ValidationException;

/** Checks shared by the textual value objects: required, bounded, free of control characters. */
public final class Text {
    private Text() {
    }

    /** Trims and checks a required single-line text; CR, LF and other control characters are refused. */
    public static String singleLine(String raw, int maxLength) {
        if (raw == null) {
            throw ValidationException.of("value", "is required");
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            throw ValidationException.of("value", "must not be blank");
        }
        if (value.length() > maxLength) {
            throw ValidationException.of("value", "must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw ValidationException.of("value", "must not contain line breaks or control characters");
            }
        }
        return value;
    }
}
