package io.partnerportal.core.domain.error;

/** A domain rule refuses the request; the code says which. Nothing was changed. */
public final class RuleRefusedException extends PortalException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the rule's refusal
     * @param args what the code's text names, in order
     */
    public RuleRefusedException(ErrorCode code, Object... args) {
        super(code, code.message(args), null);
        if (code.kind() != ErrorCode.Kind.REFUSED) {
            throw new IllegalArgumentException(code + " is not a rule refusal");
        }
    }
}
