package io.partnerportal.core.domain.subscription;

/** The portal's list tabs (R2): each shows one status. */
public enum ListTab {
    ACTIVE(SubscriptionStatus.ACTIVE), INACTIVE(SubscriptionStatus.CANCELLED), UPCOMING(SubscriptionStatus.UPCOMING);

    private final SubscriptionStatus status;

    ListTab(SubscriptionStatus status) {
        this.status = status;
    }

    public SubscriptionStatus status() {
        return status;
    }
}
