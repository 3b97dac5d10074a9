package io.partnerportal.core.domain.error;

/** Not found, or not visible to the caller (R15): the two are never told apart. */
public final class NotFoundException extends PortalException {
    private static final long serialVersionUID = 1L;

    /** @param what what was asked for, e.g. "Subscription E-3YT-6BG-7X9-YHA" */
    public NotFoundException(String what) {
        super(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.message(what), null);
    }
}
