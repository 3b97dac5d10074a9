package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.time.LocalDate;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.testing.SubscriptionBuilder;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code ReminderLog}: a reminder is recorded once per (subscription, term, kind, contact), and only with its unit;
 * V5: the pass's schedule answers the subscriptions due by a day, the longest due first, and the pass's reset loses to a change.
 */
public abstract class ReminderLogContract extends StorageContract {
    private static final EntitlementNumber JIRA = EntitlementNumber.parse("E-3YT-6BG-7X9-YHA");
    private static final LocalDate BILL = LocalDate.of(2026, 12, 15);
    private static final Instant AT = Instant.parse("2026-11-15T09:00:00Z");

    private boolean record(LocalDate term, Reminders.Kind kind, PersonId contact) {
        AtomicBoolean first = new AtomicBoolean();
        txRun(() -> first.set(storage.reminders().record(JIRA, term, kind, contact, AT)));
        return first.get();
    }

    @Test
    void R17_aReminderIsRecordedTheFirstTimeOnlyPerSubscriptionTermKindAndContact() {
        PersonId ken = PersonId.random();
        PersonId aiko = PersonId.random();

        assertThat(record(BILL, Reminders.Kind.RENEWAL_30, ken)).isTrue();
        assertThat(record(BILL, Reminders.Kind.RENEWAL_30, ken)).isFalse();
        assertThat(record(BILL, Reminders.Kind.RENEWAL_30, aiko)).isTrue();
        assertThat(record(BILL, Reminders.Kind.RENEWAL_7, ken)).isTrue();
        assertThat(record(BILL.plusYears(1), Reminders.Kind.RENEWAL_30, ken)).isTrue();
        assertThat(record(BILL.plusYears(1), Reminders.Kind.RENEWAL_30, ken)).isFalse();
    }

    @Test
    void R17_aReminderRecordedInAFailedUnitOfWorkIsNotKept() {
        PersonId ken = PersonId.random();
        assertThatThrownBy(() -> txRun(() -> {
            storage.reminders().record(JIRA, BILL, Reminders.Kind.START_7, ken, AT);
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");

        assertThat(record(BILL, Reminders.Kind.START_7, ken)).isTrue();
    }

    @Test
    void V5_theScheduleAnswersTheSubscriptionsDueByADayAndThePassLosesToAChange() {
        Subscription a = SubscriptionBuilder.aProduct().contacts(PersonId.random()).build();
        Subscription b = SubscriptionBuilder.aProduct().contacts(PersonId.random()).build();
        Subscription never = SubscriptionBuilder.aProduct().contacts(PersonId.random()).build();
        txRun(() -> {
            for (Subscription s : java.util.List.of(a, b, never)) {
                storage.subscriptions().add(s);
            }
            storage.reminders().schedule(a.number(), BILL.minusDays(30));
            storage.reminders().schedule(b.number(), BILL.minusDays(7));
            storage.reminders().schedule(never.number(), null);
        });
        assertThat(storage.reminders().keepsSchedule()).isTrue();
        assertThat(storage.reminders().scheduledBy(BILL.minusDays(31), 10)).isEmpty();
        assertThat(storage.reminders().scheduledBy(BILL.minusDays(30), 10)).containsExactly(a.number());
        assertThat(storage.reminders().scheduledBy(BILL, 10)).as("the longest due first")
                .containsExactly(a.number(), b.number());
        assertThat(storage.reminders().scheduledBy(BILL, 1)).containsExactly(a.number());

        long version = storage.subscriptions().find(a.number()).orElseThrow().version();
        txRun(() -> storage.reminders().reschedule(a.number(), version + 1, BILL.plusDays(1)));
        assertThat(storage.reminders().scheduledBy(BILL.minusDays(30), 10)).as("a stale reset")
                .containsExactly(a.number());
        txRun(() -> storage.reminders().reschedule(a.number(), version, BILL.plusDays(1)));
        assertThat(storage.reminders().scheduledBy(BILL, 10)).containsExactly(b.number());

        assertThatThrownBy(() -> txRun(() -> {
            storage.reminders().reschedule(b.number(),
                    storage.subscriptions().find(b.number()).orElseThrow().version(), null);
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");
        assertThat(storage.reminders().scheduledBy(BILL, 10)).as("a failed unit's reset").containsExactly(b.number());
    }
}
