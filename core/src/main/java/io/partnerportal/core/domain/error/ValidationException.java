package io.partnerportal.core.domain.error;

import java.util.List;

/** The input is wrong; nothing was changed. Names every field that is wrong. */
public final class ValidationException extends PortalException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    /** @param errors every wrong field, at least one */
    public ValidationException(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_FAILED, describe(errors), null);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * @param field   the field as the caller named it
     * @param code    why, for machines
     * @param message why, in English
     * @return the error of one wrong field
     */
    public static ValidationException of(String field, FieldErrorCode code, String message) {
        return new ValidationException(List.of(new FieldError(field, code, message)));
    }

    /** @return every wrong field, in the order they were found */
    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder();
        for (FieldError e : errors) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(e.field()).append(": ").append(e.message());
        }
        return sb.toString();
    }
}
