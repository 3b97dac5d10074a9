package io.partnerportal.core.domain.error;

/**
 * Another request changed the same data first, a unique key is taken, or an idempotency key is
 * busy or reused with another body. Nothing of this request was applied.
 */
public final class ConflictException extends PortalException {
    private static final long serialVersionUID = 1L;

    public ConflictException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ConflictException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
        if (code.kind() != ErrorCode.Kind.CONFLICT && code.kind() != ErrorCode.Kind.KEY_REUSED) {
            throw new IllegalArgumentException(code + " is not a conflict");
        }
    }

    public static ConflictException concurrentUpdate(String what) {
        return new ConflictException(ErrorCode.CONCURRENT_UPDATE,
                what + " was changed by another request; read it again and retry");
    }
}
