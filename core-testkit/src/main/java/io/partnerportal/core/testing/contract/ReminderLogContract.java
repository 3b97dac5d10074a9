package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.notification.Reminders;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code ReminderLog}: a reminder is recorded once per (subscription, term, kind, contact), and only with its unit. */
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
}
