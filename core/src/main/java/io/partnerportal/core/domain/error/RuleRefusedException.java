package io.partnerportal.core.domain.error;

/** A domain rule refuses the request; the code says which. Nothing was changed. */
public final class RuleRefusedException extends PortalException {
    private static final long serialVersionUID = 1L;

    public RuleRefusedException(ErrorCode code, String message) {
        super(code, message, null);
        if (code.kind() != ErrorCode.Kind.REFUSED) {
            throw new IllegalArgumentException(code + " is not a rule refusal");
        }
    }
}
