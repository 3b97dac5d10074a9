package io.partnerportal.core.domain.error;

/** A dependency (the database) cannot be reached now; the request may be retried later. */
public final class UnavailableException extends PortalException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what cannot be reached
     * @param cause   the failure underneath
     */
    public UnavailableException(String message, Throwable cause) {
        super(ErrorCode.UNAVAILABLE, message, cause);
    }
}
