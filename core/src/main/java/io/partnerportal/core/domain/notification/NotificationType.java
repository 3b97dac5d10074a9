package io.partnerportal.core.domain.notification;

/** The emails the portal sends (R13); each names its type in the header {@code X-Notification-Type}. */
public enum NotificationType {
    /** The first time a person is assigned anywhere; always their first email. */
    WELCOME,
    /** The partner ordered a product: to the new subscription's contacts. */
    PRODUCT_ORDERED,
    /** Subscriptions moved to another billing account, naming both (R9). */
    BILLING_ACCOUNT_CHANGED,
    /** A contact's first site moved to the new billing platform. */
    SITE_MIGRATED,
    /** A cancellation takes effect on a later day. */
    CANCELLATION_SCHEDULED,
    /** A cancellation took effect today. */
    CANCELLED,
    /** A pending cancellation was withdrawn (R7). */
    CANCELLATION_WITHDRAWN,
    /** Vendor support reactivated a subscription (R8). */
    REACTIVATED,
    /** A person who is not new was added to a subscription (R11). */
    CONTACT_ADDED,
    /** R16: a subscription's plan, user tier or billing cycle changed. */
    SUBSCRIPTION_CHANGED,
    /** R16: such a change was scheduled for the bill date. */
    CHANGE_SCHEDULED,
    /** The magic link asked for on the sign-in page. */
    SIGN_IN_LINK,
    /** R17: 30 and 7 days before the bill date of a live subscription. */
    RENEWAL_REMINDER,
    /** R17: 7 days before an upcoming subscription starts. */
    START_REMINDER,
    /** R23: a contact asked the billing partner for something: to the partner's contact email. */
    PARTNER_REQUEST,
    /** R23: the billing partner answered a request: to the contact who asked. */
    REQUEST_RESOLVED;

    /**
     * R18: whether a person may switch this email off (R23: REQUEST_RESOLVED is one). WELCOME, SIGN_IN_LINK and the cancellation
     * and reactivation emails are always sent.
     *
     * @return true for an optional email
     */
    public boolean isOptional() {
        return switch (this) {
            case PRODUCT_ORDERED, BILLING_ACCOUNT_CHANGED, SITE_MIGRATED, CONTACT_ADDED, RENEWAL_REMINDER,
                 START_REMINDER, SUBSCRIPTION_CHANGED, CHANGE_SCHEDULED, REQUEST_RESOLVED -> true;
            default -> false;
        };
    }
}
