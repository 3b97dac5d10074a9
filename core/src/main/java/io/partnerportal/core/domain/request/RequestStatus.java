package io.partnerportal.core.domain.request;

/** Where a request to the billing partner stands (R23); stored and published, so a name never changes. */
public enum RequestStatus {
    /** Asked, not answered yet. */
    OPEN,
    /** The partner did what was asked. */
    DONE,
    /** The partner declined. */
    DECLINED
}
