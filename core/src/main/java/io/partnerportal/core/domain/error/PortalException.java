package io.partnerportal.core.domain.error;

/**
 * The one hierarchy of refusals the core throws. Each carries an {@link ErrorCode}; adapters map
 * the subtype (or the code's kind) to HTTP statuses and pages, never the message text.
 */
public abstract sealed class PortalException extends RuntimeException
        permits ValidationException, NotFoundException, RuleRefusedException, ConflictException,
                UnavailableException {

    private static final long serialVersionUID = 1L;
    /** The refusal's code. */
    private final ErrorCode code;

    /**
     * @param code    the refusal's code
     * @param message the refusal's text
     * @param cause   what failed underneath, if anything
     */
    protected PortalException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** @return the refusal's code */
    public ErrorCode code() {
        return code;
    }
}
