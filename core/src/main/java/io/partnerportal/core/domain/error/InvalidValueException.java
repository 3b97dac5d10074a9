package io.partnerportal.core.domain.error;

import java.util.Objects;

/**
 * A value object refuses what it was given. It knows why but not which field of which command the
 * value came from: the parse step that does know turns it into a {@link FieldError} through
 * {@link Fields}. Reaching a caller unconverted would be a bug, so it is no {@link PortalException}.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Why the value is wrong, for machines. */
    private final FieldErrorCode code;

    /**
     * @param code    why, for machines
     * @param message why, in English
     */
    public InvalidValueException(FieldErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return why, for machines */
    public FieldErrorCode code() {
        return code;
    }

    /**
     * @param message why, in English
     * @return the error of a missing or blank value
     */
    public static InvalidValueException required(String message) {
        return new InvalidValueException(FieldErrorCode.REQUIRED, message);
    }
}
