package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.PortalFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R17: renewal reminders 30 and 7 days before the bill date, start reminders 7 days before the
 * start, from the housekeeping pass on the clock; each once per subscription, term, kind and contact.
 */
class RemindersTest {
    private final PortalFixture fx = PortalFixture.on("2026-11-01");
    private PartnerId partner;
    private String account;
    private String jira;

    @BeforeEach
    void orders() {
        partner = PortalFixture.id(fx.partner("Reseller & Co"));
        account = fx.account(partner, "Main");
        // annual, started 2025-12-15: the bill date is 2026-12-15
        jira = fx.order(partner, account, "jira").site("acme").start("2025-12-15").plan("PREMIUM").userTier(50)
                .contact("ken@example.jp", "Ken", "ja").contact("aiko@example.jp", "Aiko", "en").placeOne()
                .entitlementNumber();
        fx.deliverAll();
        fx.mail.clear();
    }

    private int pass() {
        return fx.core.housekeeping().sendDueReminders();
    }

    private List<NotificationType> reminders(String email) {
        return fx.delivered(email).stream().filter(t -> t == NotificationType.RENEWAL_REMINDER
                || t == NotificationType.START_REMINDER).toList();
    }

    @Test
    void R17_aRenewalReminderGoes30AndThen7DaysBeforeTheBillDateToEachContactOnce() {
        fx.clock.setDate(LocalDate.parse("2026-11-14"));
        assertThat(pass()).isZero();

        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        assertThat(pass()).isEqualTo(2);
        assertThat(pass()).isZero();
        fx.clock.setDate(LocalDate.parse("2026-11-20"));
        assertThat(pass()).isZero();
        assertThat(reminders("ken@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER);
        assertThat(reminders("aiko@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER);

        fx.clock.setDate(LocalDate.parse("2026-12-08"));
        assertThat(pass()).isEqualTo(2);
        assertThat(pass()).isZero();
        assertThat(reminders("ken@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER,
                NotificationType.RENEWAL_REMINDER);
    }

    @Test
    void R17_theReminderNamesTheDatePlanTierAndThePartnerInTheContactsLanguage() {
        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        pass();
        fx.deliverAll();

        NotificationContent c = fx.mail.sentTo("ken@example.jp").get(0);
        assertThat(c.type()).isEqualTo(NotificationType.RENEWAL_REMINDER);
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(c.partnerName()).isEqualTo("Reseller & Co");
        assertThat(c.locale().tag()).isEqualTo("ja");
        assertThat(c.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.entitlementNumber()).isEqualTo(jira);
            assertThat(s.plan().name()).isEqualTo("PREMIUM");
            assertThat(s.userTier()).isEqualTo(50);
        });
    }

    @Test
    void R17_aRestartedPortalOnTheSameStoreSendsNothingTwice() {
        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        assertThat(pass()).isEqualTo(2);

        Core restarted = Core.builder(fx.storage, fx.mail).clock(fx.clock)
                .settings(CoreSettings.defaults().withInstanceName("second")).build();
        assertThat(restarted.housekeeping().sendDueReminders()).isZero();
        assertThat(reminders("ken@example.jp")).hasSize(1);
    }

    @Test
    void R17_aReminderWhoseDayPassedWhileThePortalWasDownGoesLateOnlyWhileTheBillDateIsAhead() {
        // down from 2026-11-10 to 2026-12-10: the 30-day reminder is overtaken by the 7-day one
        fx.clock.setDate(LocalDate.parse("2026-12-10"));
        assertThat(pass()).isEqualTo(2);
        fx.clock.setDate(LocalDate.parse("2026-12-11"));
        assertThat(pass()).isZero();
        assertThat(reminders("ken@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER);

        // down over the whole window of the next term's reminders: on the bill date nothing is late
        fx.clock.setDate(LocalDate.parse("2027-12-15"));
        assertThat(pass()).isZero();
    }

    @Test
    void R17_aStartReminderGoes7DaysBeforeAnUpcomingSubscriptionStarts() {
        fx.order(partner, account, "loom").site("acme").start("2026-11-20").contact("ken@example.jp").placeOne();
        fx.deliverAll();
        fx.mail.clear();

        fx.clock.setDate(LocalDate.parse("2026-11-12"));
        assertThat(pass()).isZero();
        fx.clock.setDate(LocalDate.parse("2026-11-13"));
        assertThat(pass()).isEqualTo(1);
        assertThat(pass()).isZero();
        assertThat(reminders("ken@example.jp")).containsExactly(NotificationType.START_REMINDER);
        assertThat(fx.mail.sentTo("ken@example.jp").get(0).effectiveOn()).isEqualTo(LocalDate.parse("2026-11-20"));
    }

    @Test
    void R17_noReminderForASubscriptionBeingCancelledNorForAProductIncludedInACollection() {
        fx.partners().cancel(PartnerOperations.Cancel.parse(partner, jira, "END_OF_TERM", null, null));
        List<io.partnerportal.core.application.SubscriptionView> teamwork = fx.order(partner, account,
                "teamwork-collection").site("team").start("2025-12-15").contact("mei@example.jp").place();
        fx.deliverAll();
        fx.mail.clear();

        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        assertThat(pass()).isEqualTo(1);
        assertThat(reminders("ken@example.jp")).isEmpty();
        assertThat(fx.mail.sentTo("mei@example.jp")).singleElement().satisfies(c -> assertThat(
                c.subscriptions().get(0).entitlementNumber()).isEqualTo(teamwork.get(0).entitlementNumber()));
    }

    @Test
    void R17_R18_aContactWhoSwitchedRemindersOffGetsItRecordedAsSkipped() {
        fx.core.customerPortal().updatePreferences(CustomerPortal.UpdatePreferences.fromSwitchedOn(
                fx.person("aiko@example.jp"), List.of()));
        fx.clock.setDate(LocalDate.parse("2026-11-15"));
        pass();

        assertThat(reminders("aiko@example.jp")).isEmpty();
        assertThat(reminders("ken@example.jp")).containsExactly(NotificationType.RENEWAL_REMINDER);
    }
}
