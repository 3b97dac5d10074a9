package io.partnerportal.core.domain.subscription;

/** The portal's list tabs (R2): each shows one status. */
public enum ListTab {
    /** Active: ACTIVE ones. */
    ACTIVE(SubscriptionStatus.ACTIVE), /** Inactive: CANCELLED ones. */ INACTIVE(SubscriptionStatus.CANCELLED), /** Upcoming: UPCOMING ones. */ UPCOMING(SubscriptionStatus.UPCOMING);

    private final SubscriptionStatus status;

    ListTab(SubscriptionStatus status) {
        this.status = status;
    }

    /**
     * The status the tab shows.
     *
     * @return its status
     */
    public SubscriptionStatus status() {
        return status;
    }
}
