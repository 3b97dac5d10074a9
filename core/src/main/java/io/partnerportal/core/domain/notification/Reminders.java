package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.subscription.Terms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * R17 as a pure policy: which reminders a subscription is due today. A renewal reminder 30 and 7
 * days before the bill date of a live subscription, a start reminder 7 days before an upcoming one
 * starts; one whose day passed (the portal was down) is still due while its date is ahead. When
 * both renewal reminders are due, only the 7-day one is sent; the 30-day one is recorded as done.
 * Products included in a collection renew with it and get none of their own.
 *
 * <p>V5: the policy also says when the reminder pass need look at a subscription again
 * ({@link #firstLook}, {@link #nextLook}): the store keeps that day with the subscription, under an
 * index, so that a pass reads only the subscriptions whose reminders may have changed - most passes
 * read nothing. Between two looks nothing the clock moves can make a reminder due: the days it
 * names are every day on which {@link #due} may answer something new (30 and 7 days before the
 * bill date, the day after it, 7 days before the start and the start, the day a pending change
 * applies and the day an included product is detached); any change to the subscription looks again.
 */
public final class Reminders {
    /** Days before the bill date of the first renewal reminder. */
    public static final int RENEWAL_FIRST = 30;
    /** Days before the bill date of the second renewal reminder, and before the start of the start reminder. */
    public static final int LAST = 7;

    private Reminders() {
    }

    /** Which reminder: its email and how many days ahead it is sent. */
    public enum Kind {
        /** 30 days before the bill date. */
        RENEWAL_30(NotificationType.RENEWAL_REMINDER),
        /** 7 days before the bill date. */
        RENEWAL_7(NotificationType.RENEWAL_REMINDER),
        /** 7 days before the start. */
        START_7(NotificationType.START_REMINDER);

        private final NotificationType type;

        Kind(NotificationType type) {
            this.type = type;
        }

        /** @return the email it is */
        public NotificationType type() {
            return type;
        }
    }

    /**
     * A reminder due today.
     *
     * @param kind which reminder
     * @param term the date that names the term it is for: the bill date, or the start date
     * @param send whether to email it, or only record it as done (a 30-day reminder overtaken)
     */
    public record Due(Kind kind, LocalDate term, boolean send) {
    }

    /**
     * @param s     the subscription
     * @param today the clock's date
     * @return the reminders due today, those to send and those only to record
     */
    public static List<Due> due(Subscription s, LocalDate today) {
        if (!s.isLive() || s.collectionOn(today).isPresent()) {
            return List.of();
        }
        SubscriptionStatus status = s.status(today);
        if (status == SubscriptionStatus.UPCOMING) {
            long days = Terms.daysUntil(today, s.startDate());
            return days > 0 && days <= LAST ? List.of(new Due(Kind.START_7, s.startDate(), true)) : List.of();
        }
        if (status != SubscriptionStatus.ACTIVE) {
            return List.of();
        }
        LocalDate bill = s.billDate(today).orElseThrow();
        long days = Terms.daysUntil(today, bill);
        if (days <= 0 || days > RENEWAL_FIRST) {
            return List.of();
        }
        return days <= LAST ? List.of(new Due(Kind.RENEWAL_30, bill, false), new Due(Kind.RENEWAL_7, bill, true))
                : List.of(new Due(Kind.RENEWAL_30, bill, true));
    }

    /**
     * V5: the day the reminder pass should first look at a subscription just stored: today when a
     * reminder is due today (the reminder log keeps it once), else {@link #nextLook}.
     *
     * @param s     the subscription, as stored
     * @param today the clock's date
     * @return the day, or empty when no reminder can ever be due without another change to it
     */
    public static Optional<LocalDate> firstLook(Subscription s, LocalDate today) {
        return due(s, today).isEmpty() ? nextLook(s, today) : Optional.of(today);
    }

    /**
     * V5: the first day after {@code today} on which the reminders due may differ from today's, once
     * today's are recorded.
     *
     * @param s     the subscription
     * @param today the clock's date
     * @return the day, or empty when no reminder can ever be due without another change to it
     */
    public static Optional<LocalDate> nextLook(Subscription s, LocalDate today) {
        if (!s.isLive()) {
            return Optional.empty();
        }
        Stream.Builder<LocalDate> days = Stream.builder();
        s.detachOn().ifPresent(days);
        if (s.state().pendingChange() != null) {
            days.add(s.state().pendingChange().effectiveOn());
        }
        if (s.collectionOn(today).isEmpty()) {
            SubscriptionStatus status = s.status(today);
            if (status == SubscriptionStatus.UPCOMING) {
                days.add(s.startDate().minusDays(LAST)).add(s.startDate());
            } else if (status == SubscriptionStatus.ACTIVE) {
                LocalDate bill = s.billDate(today).orElseThrow();
                days.add(bill.minusDays(RENEWAL_FIRST)).add(bill.minusDays(LAST)).add(bill.plusDays(1));
            }
        }
        return days.build().filter(today::isBefore).min(LocalDate::compareTo);
    }
}
