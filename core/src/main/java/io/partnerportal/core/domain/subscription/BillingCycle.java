package io.partnerportal.core.domain.subscription;

/** How long one term lasts (R3). */
public enum BillingCycle {
    /** One-month terms. */
    MONTHLY(1), /** Twelve-month terms. */ ANNUAL(12);

    private final int months;

    BillingCycle(int months) {
        this.months = months;
    }

    /**
     * The length of one term.
     *
     * @return 1 or 12
     */
    public int months() {
        return months;
    }
}
