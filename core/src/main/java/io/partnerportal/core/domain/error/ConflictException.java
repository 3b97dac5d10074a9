package io.partnerportal.core.domain.error;

/**
 * Another request changed the same data first, a unique key is taken, or an idempotency key is
 * busy or reused with another body. Nothing of this request was applied.
 */
public final class ConflictException extends PortalException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code    a conflict's code
     * @param message what conflicted
     */
    public ConflictException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * @param code    a conflict's code
     * @param message what conflicted
     * @param cause   the store's own failure
     */
    public ConflictException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
        if (code.kind() != ErrorCode.Kind.CONFLICT && code.kind() != ErrorCode.Kind.KEY_REUSED) {
            throw new IllegalArgumentException(code + " is not a conflict");
        }
    }

    /**
     * @param code a conflict's code
     * @return the conflict with the code's own text
     */
    public static ConflictException of(ErrorCode code) {
        return new ConflictException(code, code.message());
    }

    /**
     * @param what the data changed by another request
     * @return the conflict of a stale version
     */
    public static ConflictException concurrentUpdate(String what) {
        return new ConflictException(ErrorCode.CONCURRENT_UPDATE, ErrorCode.CONCURRENT_UPDATE.message(what));
    }
}
