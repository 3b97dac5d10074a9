package io.partnerportal.core.domain.subscription;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Term arithmetic (R3). A term starts at the anchor and lasts one cycle; term {@code n} ends at
 * {@code anchor + n cycles}, always counted from the anchor, so a missing day clamps to the
 * month's last day while the anchor day is kept (anchor Jan 31: Feb 28, Mar 31, Apr 30).
 */
public final class Terms {
    private Terms() {
    }

    /**
     * The bill (renewal) date: the end of the term that contains {@code today}, which is today
     * itself on a bill date. Before the anchor it is the end of the first term.
     *
     * @param anchor the term anchor: the start date, or the reactivation date
     * @param cycle  the billing cycle
     * @param today  the clock's date
     * @return the bill date
     */
    public static LocalDate billDate(LocalDate anchor, BillingCycle cycle, LocalDate today) {
        int months = cycle.months();
        if (today.isBefore(anchor)) {
            return end(anchor, months, 1);
        }
        long n = Math.max(1, ChronoUnit.MONTHS.between(anchor, today) / months);
        while (n > 1 && !end(anchor, months, n - 1).isBefore(today)) {
            n--;
        }
        while (end(anchor, months, n).isBefore(today)) {
            n++;
        }
        return end(anchor, months, n);
    }

    private static LocalDate end(LocalDate anchor, int months, long n) {
        return anchor.plusMonths(n * months);
    }

    /**
     * Days from {@code today} to {@code date}; 0 on the date itself.
     *
     * @param today the clock's date
     * @param date  the bill date or the start date
     * @return the days, negative once {@code date} has passed
     */
    public static long daysUntil(LocalDate today, LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
