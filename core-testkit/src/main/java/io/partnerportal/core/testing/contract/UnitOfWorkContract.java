package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.PartyBuilder.aPartner;
import static io.partnerportal.core.testing.PartyBuilder.somePerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.out.NotificationOutbox.NewNotification;
import io.partnerportal.core.testing.SubscriptionBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code UnitOfWork}: all or nothing, nested units join, stale writes surface as conflicts. */
public abstract class UnitOfWorkContract extends StorageContract {

    @Test
    void commitsEverythingWrittenInTheUnit() {
        Partner partner = aPartner("Commit Co");
        Person person = somePerson();
        txRun(() -> {
            storage.partners().add(partner);
            storage.people().add(person);
        });
        assertThat(storage.partners().find(partner.id())).contains(partner);
        assertThat(storage.people().findByEmail(person.email())).isPresent();
    }

    @Test
    void aFailureLeavesNeitherTheStateChangeNorItsOutboxRows() {
        Partner partner = aPartner("Rollback Co");
        Person person = somePerson();
        assertThatThrownBy(() -> txRun(() -> {
            storage.partners().add(partner);
            storage.outbox().append(List.of(row(person)));
            throw new IllegalStateException("boom in the middle");
        })).hasMessageContaining("boom in the middle");
        assertThat(storage.partners().find(partner.id())).isEmpty();
        assertThat(storage.outbox().forRecipient(person.email())).isEmpty();
        assertThat(storage.outbox().counts().pending()).isZero();
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndFailsWithIt() {
        Partner outer = aPartner("Outer Co");
        Partner inner = aPartner("Inner Co");
        assertThatThrownBy(() -> txRun(() -> {
            assertThat(storage.unitOfWork().isActive()).isTrue();
            storage.partners().add(outer);
            txRun(() -> storage.partners().add(inner));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage.unitOfWork().isActive()).isFalse();
        assertThat(storage.partners().find(outer.id())).isEmpty();
        assertThat(storage.partners().find(inner.id())).isEmpty();
    }

    @Test
    void aStaleVersionFailsTheUnitWithAConflict() {
        Subscription s = SubscriptionBuilder.aProduct().build();
        txRun(() -> storage.subscriptions().add(s));
        Subscription first = storage.subscriptions().find(s.number()).orElseThrow();
        Subscription second = storage.subscriptions().find(s.number()).orElseThrow();
        txRun(() -> storage.subscriptions().update(first));
        assertThatThrownBy(() -> txRun(() -> storage.subscriptions().update(second)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
    }

    @Test
    void returnsTheWorksResult() {
        assertThat(tx(() -> 42)).isEqualTo(42);
    }

    private static NewNotification row(Person person) {
        return new NewNotification(person.email(), NotificationContent.of(NotificationType.WELCOME, person.email(),
                person.name().value(), person.locale()), Instant.parse("2026-02-01T00:00:00Z"), null);
    }
}
