package io.partnerportal.core.domain.error;

/**
 * Every refusal the core can answer, grouped by the kind of answer a caller gets. Adapters map
 * the {@link Kind} to their own vocabulary (HTTP status, HTML page) and show the code itself to
 * integrators, so a code never changes meaning once published.
 */
public enum ErrorCode {
    // the input is wrong; the field errors say where
    VALIDATION_FAILED(Kind.VALIDATION),

    // not found, or not the caller's (R15): existence never leaks
    NOT_FOUND(Kind.NOT_FOUND),

    // business refusals (R4-R12)
    CONTACT_BILLING_PARTNER(Kind.REFUSED),
    INCLUDED_IN_COLLECTION(Kind.REFUSED),
    CANCELLED_BY_CASCADE(Kind.REFUSED),
    CANCELLATION_EFFECTIVE(Kind.REFUSED),
    CANCELLATION_PENDING_WITH_OTHER_PLAN(Kind.REFUSED),
    NOT_CANCELLED(Kind.REFUSED),
    SUBSCRIPTION_CANCELLED(Kind.REFUSED),
    NO_LIVE_HOST(Kind.REFUSED),
    APP_HOST_STAYS_BEHIND(Kind.REFUSED),
    APP_MOVES_WITH_ITS_HOSTS(Kind.REFUSED),
    HOST_NOT_LIVE(Kind.REFUSED),
    HOST_NOT_COMPATIBLE(Kind.REFUSED),
    HOST_NOT_SET_UP(Kind.REFUSED),
    HOSTS_ON_DIFFERENT_SITES(Kind.REFUSED),
    HOST_IN_OTHER_BILLING_ACCOUNT(Kind.REFUSED),
    PRODUCT_ALREADY_ON_SITE(Kind.REFUSED),
    ALREADY_SET_UP(Kind.REFUSED),
    SET_UP_NOT_APPLICABLE(Kind.REFUSED),
    LAST_CONTACT(Kind.REFUSED),
    SIGN_IN_LINK_INVALID(Kind.REFUSED),
    LAST_API_KEY(Kind.REFUSED),

    // races and repeated requests
    CONCURRENT_UPDATE(Kind.CONFLICT),
    DUPLICATE(Kind.CONFLICT),
    IDEMPOTENCY_REQUEST_IN_PROGRESS(Kind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(Kind.KEY_REUSED),

    // a dependency (the database) is down
    UNAVAILABLE(Kind.UNAVAILABLE);

    /** How a caller should read the refusal. */
    public enum Kind { VALIDATION, NOT_FOUND, REFUSED, CONFLICT, KEY_REUSED, UNAVAILABLE }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
