package io.partnerportal.core.domain.error;

import java.util.Locale;

/**
 * Every refusal the core can answer, grouped by the kind of answer a caller gets, each with the
 * one text that explains it ({@link #message(Object...)} fills in the subscription, site, ...).
 * Adapters map the {@link Kind} to their own vocabulary (HTTP status, HTML page) and show the
 * code itself to integrators, so a code never changes meaning once published.
 */
public enum ErrorCode {
    /** The input is wrong; the field errors say where. */
    VALIDATION_FAILED(Kind.VALIDATION, "the request has invalid fields"),
    /** Not found, or not the caller's (R15): existence never leaks. */
    NOT_FOUND(Kind.NOT_FOUND, "%s not found"),

    /** R6: a contact cannot cancel a collection or an included product, nor withdraw its cancellation. */
    CONTACT_BILLING_PARTNER(Kind.REFUSED,
            "%s belongs to a collection; contact your billing partner to cancel it or withdraw its cancellation"),
    /** R6, R8, R9, R16: an included product goes with its collection. */
    INCLUDED_IN_COLLECTION(Kind.REFUSED,
            "%s is included in %s; it is cancelled, moved and reactivated with its collection"),
    /** R16: a subscription being cancelled keeps its plan. */
    CANCELLATION_PENDING(Kind.REFUSED, "%s is being cancelled; withdraw the cancellation before changing it"),
    /** R7: an app or included product cancelled with another subscription comes back with it. */
    CANCELLED_BY_CASCADE(Kind.REFUSED, "%s is cancelled with %s; withdraw that cancellation instead"),
    /** R7: an effective cancellation is settled. */
    CANCELLATION_EFFECTIVE(Kind.REFUSED, "%s is already cancelled; only vendor support can reactivate it"),
    /** R6: a collection's pending cancellation keeps its plan of kept products. */
    CANCELLATION_PENDING_WITH_OTHER_PLAN(Kind.REFUSED,
            "%s is already being cancelled keeping %s; withdraw that cancellation before asking to keep %s"),
    /** R8: only a cancelled subscription is reactivated. */
    NOT_CANCELLED(Kind.REFUSED, "%s is not cancelled"),
    /** R10: a cancelled subscription is not set up. */
    SUBSCRIPTION_CANCELLED(Kind.REFUSED, "%s is cancelled"),
    /** R8: an app needs a live host. */
    NO_LIVE_HOST(Kind.REFUSED, "%s has no live host to run on; reactivate a host first"),
    /** R9: an app stays with a host that stays. */
    APP_HOST_STAYS_BEHIND(Kind.REFUSED, "%s is also installed on %s, which stays in its billing account"),
    /** R9: an app moves with its hosts. */
    APP_MOVES_WITH_ITS_HOSTS(Kind.REFUSED, "%s is an app; it moves with its hosts"),
    /** R12: an app is ordered on live hosts. */
    HOST_NOT_LIVE(Kind.REFUSED, "%s is cancelled or being cancelled"),
    /** R12: an app installs on the products the catalogue names. */
    HOST_NOT_COMPATIBLE(Kind.REFUSED, "%s installs on %s, not on %s"),
    /** R12: an app's hosts are set up on a site. */
    HOST_NOT_SET_UP(Kind.REFUSED, "%s is not set up on a site yet"),
    /** R12: an app's hosts share one site. */
    HOSTS_ON_DIFFERENT_SITES(Kind.REFUSED, "an app's hosts share one site; %s and %s differ"),
    /** R12: an app is ordered in its hosts' billing account. */
    HOST_IN_OTHER_BILLING_ACCOUNT(Kind.REFUSED, "%s is in another billing account than the order"),
    /** R10: a site never hosts two live subscriptions of one product. */
    PRODUCT_ALREADY_ON_SITE(Kind.REFUSED, "%s already has a live %s subscription"),
    /** R10: set up happens once. */
    ALREADY_SET_UP(Kind.REFUSED, "%s is already set up and cannot be changed in the portal"),
    /** R10: apps and included products are not set up on their own. */
    SET_UP_NOT_APPLICABLE(Kind.REFUSED,
            "%s is not set up on its own: an app runs on its hosts' site, an included product on its collection's"),
    /** R11: a subscription keeps at least one contact. */
    LAST_CONTACT(Kind.REFUSED, "%s keeps at least one contact; add another before removing %s"),
    /** R19: a subscription keeps at least one manager. */
    LAST_MANAGER(Kind.REFUSED, "%s keeps at least one manager; make another contact a manager before removing or "
            + "making %s a viewer"),
    /** SPEC §7.1 S6: a subscription keeps at most {@link io.partnerportal.core.domain.subscription.Subscription#MAX_CONTACTS} contacts. */
    CONTACT_LIMIT(Kind.REFUSED, "%s has %s contacts, the most a subscription keeps; remove one before adding another"),
    /** R19: a viewer changes nothing. */
    VIEWER_ROLE(Kind.REFUSED, "you are a viewer of %s; ask one of its managers to do this"),
    /** R11 and SPEC §6.5: erasing a person never leaves a subscription that is not cancelled without a contact. */
    ERASURE_LEAVES_NO_CONTACT(Kind.REFUSED,
            "%s is the last contact of %s, not cancelled; add another contact there before erasing them"),
    /** R19 and SPEC §6.5: erasing a person never leaves a subscription that is not cancelled without a manager. */
    ERASURE_LEAVES_NO_MANAGER(Kind.REFUSED,
            "%s is the last manager of %s, not cancelled; make another contact a manager there before erasing them"),
    /** R23: at most a few open requests to the billing partner per subscription. */
    TOO_MANY_REQUESTS(Kind.REFUSED,
            "%s has %s open requests to its billing partner, the most it keeps; wait for an answer before asking again"),
    /** R23: a request is answered once. */
    REQUEST_ALREADY_RESOLVED(Kind.REFUSED, "request %s is already answered (%s)"),
    /** Sign-in links work once, for a while. */
    SIGN_IN_LINK_INVALID(Kind.REFUSED, "this sign-in link is unknown, used or expired; ask for a new one"),

    /** R22: a partner keeps at least one active API key. */
    LAST_API_KEY(Kind.REFUSED,
            "API key %s is the last active key of partner %s: the partner would be locked out; issue it another key first"),

    /** Another request changed the same data first. */
    CONCURRENT_UPDATE(Kind.CONFLICT, "%s was changed by another request; read it again and retry"),
    /** A unique key is taken. */
    DUPLICATE(Kind.CONFLICT, "%s exists already"),
    /** The first request with this idempotency key is still running. */
    IDEMPOTENCY_REQUEST_IN_PROGRESS(Kind.CONFLICT,
            "a request with this Idempotency-Key is still running; retry later"),
    /** The idempotency key was used for another request. */
    IDEMPOTENCY_KEY_REUSED(Kind.KEY_REUSED,
            "this Idempotency-Key was used for another request; use a new key for a new request"),

    /** A dependency (the database) is down. */
    UNAVAILABLE(Kind.UNAVAILABLE, "%s");

    /** How a caller should read the refusal. */
    public enum Kind {
        /** Wrong input (400). */
        VALIDATION,
        /** Not there, or not the caller's (404). */
        NOT_FOUND,
        /** A domain rule says no (409 with the code). */
        REFUSED,
        /** A race or a repeated request (409). */
        CONFLICT,
        /** An idempotency key reused with another request (422). */
        KEY_REUSED,
        /** Try again later (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String format;

    ErrorCode(Kind kind, String format) {
        this.kind = kind;
        this.format = format;
    }

    /** @return how a caller should read the refusal */
    public Kind kind() {
        return kind;
    }

    /**
     * @param args what the text names, in order (subscriptions, sites, products...)
     * @return the refusal's one text with {@code args} filled in
     */
    public String message(Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
