package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * V5: the reminder pass reads only the subscriptions its schedule names for the day - and still sends
 * exactly what R17 asks, the same reminders on the same days as a pass that asked every subscription
 * every day would. Day by day over two years, with monthly and annual terms, an upcoming start, a
 * collection and its included products, a change scheduled for the bill date, a cancellation and its
 * withdrawal, and an immediate cancellation.
 */
class ReminderScheduleTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-01");

    private List<String> orders(PartnerId partner, String account) {
        List<String> numbers = new ArrayList<>();
        numbers.add(fx.order(partner, account, "jira").site("site-a1").start("2025-12-15").contact("ken@example.jp")
                .placeOne().entitlementNumber());
        numbers.add(fx.order(partner, account, "jira").site("site-a2").cycle("MONTHLY").start("2026-01-31")
                .contact("ken@example.jp").contact("aiko@example.jp").placeOne().entitlementNumber());
        numbers.add(fx.order(partner, account, "loom").site("site-a3").start("2026-11-20").contact("mei@example.jp")
                .placeOne().entitlementNumber());
        numbers.add(fx.order(partner, account, "jira").site("site-a4").cycle("MONTHLY").start("2027-02-28")
                .contact("mei@example.jp").placeOne().entitlementNumber());
        fx.order(partner, account, "teamwork-collection").site("team").start("2026-03-01")
                .contact("ken@example.jp").place().forEach(v -> numbers.add(v.entitlementNumber()));
        return numbers;
    }

    /** What R17 asks on {@code day}, from every subscription: the emails due for the first time. */
    private int expected(List<String> numbers, LocalDate day, Set<List<Object>> seen) {
        int emails = 0;
        List<Subscription> all = fx.storage.subscriptions().findAll(numbers.stream().map(EntitlementNumber::new)
                .toList());
        for (Subscription s : all) {
            for (Reminders.Due d : Reminders.due(s, day)) {
                for (var contact : s.contacts()) {
                    if (seen.add(List.of(s.number(), d.term(), d.kind(), contact)) && d.send()) {
                        emails++;
                    }
                }
            }
        }
        return emails;
    }

    @Test
    void V5_R17_theScheduledPassSendsWhatAPassOverEverySubscriptionEveryDaySends() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        List<String> numbers = orders(partner, account);
        Set<List<Object>> seen = new HashSet<>();
        int sent = 0;
        int daysWithReads = 0;
        int days = 0;
        for (LocalDate day = LocalDate.parse("2026-11-01"); day.isBefore(LocalDate.parse("2028-11-01"));
             day = day.plusDays(1), days++) {
            fx.clock.setDate(day);
            switch (day.toString()) {
                case "2027-01-10" -> fx.partners().changePlan(PartnerOperations.ChangePlan.parse(partner,
                        numbers.get(0), "PREMIUM", null, "MONTHLY", "AT_RENEWAL"));
                case "2027-03-01" -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, numbers.get(1),
                        "END_OF_TERM", null, null));
                case "2027-03-05" -> fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(
                        partner, numbers.get(1)));
                case "2027-06-01" -> fx.partners().cancel(PartnerOperations.Cancel.parse(partner, numbers.get(2),
                        "IMMEDIATE", null, null));
                default -> {
                }
            }
            int want = expected(numbers, day, seen);
            if (!fx.storage.reminders().scheduledBy(day, 1000).isEmpty()) {
                daysWithReads++;
            }
            int got = fx.core.housekeeping().sendDueReminders();
            assertThat(got).as("reminders sent on %s", day).isEqualTo(want);
            sent += got;
            assertThat(fx.core.housekeeping().sendDueReminders()).as("a second pass on %s", day).isZero();
            assertThat(fx.storage.reminders().scheduledBy(day, 1000)).as("due after the pass on %s", day)
                    .isEmpty();
        }
        assertThat(sent).as("reminders in two years").isGreaterThan(40);
        // a handful of looks per subscription and term, not one every day
        assertThat(daysWithReads).as("days on which the pass read anything, of %s", days).isLessThan(days / 4);
    }

    @Test
    void V5_aSubscriptionNoReminderCanReachIsNotScheduled() {
        PartnerId partner = PortalFixture.id(fx.partner("Reseller"));
        String account = fx.account(partner, "Main");
        String jira = fx.order(partner, account, "jira").site("site-a1").start("2025-12-15").contact("ken@example.jp")
                .placeOne().entitlementNumber();
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM", null, null));

        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        assertThat(fx.storage.reminders().scheduledBy(LocalDate.MAX.minusDays(1), 10)).isEmpty();
        assertThat(fx.core.housekeeping().sendDueReminders()).isZero();

        fx.partners().withdrawCancellation(PartnerOperations.GetSubscription.parse(partner, jira));
        assertThat(fx.storage.reminders().scheduledBy(LocalDate.parse("2026-11-15"), 10))
                .extracting(EntitlementNumber::value).containsExactly(jira);
        assertThat(fx.core.housekeeping().sendDueReminders()).isEqualTo(1);
    }
}
