package io.partnerportal.core.domain.subscription;

/** How long one term lasts (R3). */
public enum BillingCycle {
    MONTHLY(1), ANNUAL(12);

    private final int months;

    BillingCycle(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
