package io.partnerportal.core.application;

import static io.partnerportal.core.testing.SubscriptionBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.UsageReported;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit of work commits a subscription's change only with the domain event that says what
 * happened, so no change can lose its history or its emails.
 */
class ChangesTest {
    private static final Act ACT = new Act(new Actor.System(), Instant.parse("2026-11-23T09:00:00Z"));

    private final Storage storage = InMemoryStorage.create();
    private final Transactions tx = new Transactions(storage.unitOfWork(), storage.subscriptions(),
            EventTranslatorTest.translator(storage), Clock.systemUTC());
    private Subscription stored;

    @BeforeEach
    void store() {
        stored = aProduct().build();
        storage.unitOfWork().run(() -> storage.subscriptions().add(stored));
    }

    private Subscription load() {
        return storage.subscriptions().find(stored.number()).orElseThrow();
    }

    @Test
    void R14_aChangeCommittedWithItsEventIsStoredWithItsHistory() {
        tx.write(changes -> {
            Subscription s = load();
            changes.commit(s.reportUsage(12, ACT), List.of(s));
            return null;
        });
        assertThat(load().activeUsers()).contains(12);
        assertThat(storage.history().page(stored.number(), null, 10)).hasSize(1);
    }

    @Test
    void aUseCaseThatChangesASubscriptionButRecordsNoEventFailsAndChangesNothing() {
        assertThatThrownBy(() -> tx.write(changes -> {
            Subscription s = load();
            s.reportUsage(12, ACT);
            changes.commit(Optional.empty(), List.of(s));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining(stored.number().value());
        assertThat(load().activeUsers()).isEmpty();
        assertThat(load().version()).isEqualTo(stored.version());
    }

    @Test
    void aUseCaseThatStoresAChangeUnderAnotherSubscriptionsEventFailsAndChangesNothing() {
        Subscription other = aProduct().activeUsers(3).build();
        storage.unitOfWork().run(() -> storage.subscriptions().add(other));
        assertThatThrownBy(() -> tx.write(changes -> {
            Subscription s = load();
            Subscription o = storage.subscriptions().find(other.number()).orElseThrow();
            s.reportUsage(12, ACT);
            changes.commit(Optional.of(new UsageReported(DomainEvent.newId(), ACT, o.state())), List.of(s, o));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("without a domain event");
        assertThat(load().activeUsers()).isEmpty();
        assertThat(storage.history().page(other.number(), null, 10)).isEmpty();
    }
}
