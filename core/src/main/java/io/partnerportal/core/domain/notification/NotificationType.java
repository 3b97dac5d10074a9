package io.partnerportal.core.domain.notification;

/** The emails the portal sends (R13); each names its type in the header {@code X-Notification-Type}. */
public enum NotificationType {
    WELCOME,
    PRODUCT_ORDERED,
    BILLING_ACCOUNT_CHANGED,
    SITE_MIGRATED,
    CANCELLATION_SCHEDULED,
    CANCELLED,
    CANCELLATION_WITHDRAWN,
    REACTIVATED,
    CONTACT_ADDED,
    SIGN_IN_LINK
}
