package io.partnerportal.core.domain.history;

/** What happened to a subscription (R14); stored and published, so a name never changes. */
public enum HistoryAction {
    /** Ordered by a partner. */
    ORDERED,
    /** A contact was added. */
    CONTACT_ASSIGNED,
    /** A contact was removed. */
    CONTACT_REMOVED,
    /** Active users were reported. */
    USAGE_REPORTED,
    /** Moved to another billing account. */
    BILLING_ACCOUNT_CHANGED,
    /** Set up on a site or organization. */
    SET_UP,
    /** Its site moved to the new billing platform. */
    SITE_MIGRATED,
    /** A cancellation was scheduled. */
    CANCELLATION_SCHEDULED,
    /** Cancelled at once. */
    CANCELLED,
    /** A pending cancellation was withdrawn. */
    CANCELLATION_WITHDRAWN,
    /** Cancelled with a host or its collection. */
    CASCADE_CANCELLATION_SCHEDULED,
    /** The cancellation with a host or its collection was withdrawn. */
    CASCADE_CANCELLATION_WITHDRAWN,
    /** An app's host stopped being live. */
    HOST_LOST,
    /** An app's host is live again. */
    HOST_RESTORED,
    /** A kept included product is to continue standalone. */
    DETACHMENT_PLANNED,
    /** The plan to continue standalone was withdrawn. */
    DETACHMENT_WITHDRAWN,
    /** Reactivated by vendor support. */
    REACTIVATED,
    /** R16: the plan, user tier or billing cycle changed today. */
    PLAN_CHANGED,
    /** R16: such a change was scheduled for the bill date. */
    CHANGE_SCHEDULED,
    /** R16: the scheduled change was withdrawn. */
    CHANGE_WITHDRAWN,
    /** A contact was made a manager (R19). */
    CONTACT_MADE_MANAGER,
    /** A contact was made a viewer (R19). */
    CONTACT_MADE_VIEWER,
    /** R23: a contact asked the billing partner for something. */
    REQUEST_CREATED,
    /** R23: the billing partner answered a request. */
    REQUEST_RESOLVED
}
