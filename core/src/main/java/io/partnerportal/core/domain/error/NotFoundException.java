package io.partnerportal.core.domain.error;

/** Not found, or not visible to the caller (R15): the two are never told apart. */
public final class NotFoundException extends PortalException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, what + " not found", null);
    }
}
