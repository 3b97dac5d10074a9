package io.partnerportal.adapters.web.portal;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §6.3's term timeline on the details page: the term's start, today and its end (the bill
 * date, or the date a pending cancellation takes effect), with a pending plan change (R16) on its
 * date when that comes before the end or with it, as points along a bar drawn in inline SVG (no script,
 * nothing the CSP forbids), and the same points as a list, its text equivalent. Today comes from
 * the view's days (R3), so the page and the timeline agree. A cancelled subscription has none.
 *
 * @param percent where today is along the bar, 0 to 100
 * @param points  the dated points in order, as read
 */
record Timeline(int percent, List<String> points) {

    /** The timeline of {@code s}, or null when it has none (cancelled). */
    static Timeline of(Texts t, SubscriptionView s) {
        if (s.status() == SubscriptionStatus.ACTIVE && s.billDate() != null && s.daysUntilRenewal() != null) {
            LocalDate today = s.billDate().minusDays(s.daysUntilRenewal());
            boolean cancels = s.cancellation() != null;
            LocalDate end = cancels && s.cancellation().effectiveOn().isBefore(s.billDate())
                    ? s.cancellation().effectiveOn() : s.billDate();
            List<String> points = new ArrayList<>();
            points.add(t.t("timeline.termStart", t.date(s.termStart())));
            points.add(t.t("timeline.today", t.date(today)));
            change(t, s, today, end).ifPresent(points::add);
            points.add(t.t(cancels ? "timeline.cancels" : "timeline.renews", t.date(end)));
            return new Timeline(percent(s.termStart(), today, end), points);
        }
        if (s.status() == SubscriptionStatus.UPCOMING && s.daysUntilStart() != null && s.billDate() != null) {
            LocalDate today = s.startDate().minusDays(s.daysUntilStart());
            List<String> points = new ArrayList<>(List.of(t.t("timeline.today", t.date(today)),
                    t.t("timeline.starts", t.date(s.startDate()))));
            change(t, s, s.startDate().minusDays(1), s.billDate()).ifPresent(points::add);
            points.add(t.t("timeline.renews", t.date(s.billDate())));
            return new Timeline(0, points);
        }
        return null;
    }

    /** The pending change's point when it falls after {@code after} and no later than {@code end}. */
    private static java.util.Optional<String> change(Texts t, SubscriptionView s, LocalDate after, LocalDate end) {
        SubscriptionView.PendingChangeView c = s.pendingChange();
        return c == null || !c.effectiveOn().isAfter(after) || c.effectiveOn().isAfter(end) ? java.util.Optional.empty()
                : java.util.Optional.of(Presenter.pendingChange(t, c));
    }

    private static int percent(LocalDate from, LocalDate today, LocalDate to) {
        long all = ChronoUnit.DAYS.between(from, to);
        long done = ChronoUnit.DAYS.between(from, today);
        return all <= 0 ? 100 : (int) Math.max(0, Math.min(100, done * 100 / all));
    }
}
