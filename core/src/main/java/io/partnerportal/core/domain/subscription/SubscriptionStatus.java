package io.partnerportal.core.domain.subscription;

import java.time.LocalDate;

/** Derived from dates and the clock (R2), never stored. */
public enum SubscriptionStatus {
    /** Not started yet. */
    UPCOMING,
    /** Started, and not cancelled (a pending cancellation leaves it ACTIVE). */
    ACTIVE,
    /** Its cancellation took effect. */
    CANCELLED;

    /**
     * R2 from the dates alone: CANCELLED once a cancellation is effective (this wins over
     * everything), else UPCOMING before the start, else ACTIVE.
     *
     * @param cancellationOn the effective date of the cancellation that applies, or null
     * @param startDate      the start date
     * @param today          the clock's date
     * @return the status
     */
    public static SubscriptionStatus of(LocalDate cancellationOn, LocalDate startDate, LocalDate today) {
        if (cancellationOn != null && !cancellationOn.isAfter(today)) {
            return CANCELLED;
        }
        return today.isBefore(startDate) ? UPCOMING : ACTIVE;
    }
}
