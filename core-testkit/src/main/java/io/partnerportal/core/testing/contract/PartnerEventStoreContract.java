package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.port.out.PartnerEventStore.PartnerEvent;
import io.partnerportal.core.port.out.PartnerEventStore.Positioned;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code PartnerEventStore} (R21): events are kept with their body exactly, listed per partner
 * oldest first after a position, filtered by type; only their unit of work's commit keeps them;
 * housekeeping deletes the old ones.
 */
public abstract class PartnerEventStoreContract extends StorageContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

    protected static PartnerEvent event(PartnerId partner, String type, Instant at) {
        UUID id = UUID.randomUUID();
        return new PartnerEvent(id, partner, type, at, "{\"id\":\"" + id + "\",\"type\":\"" + type
                + "\",\"note\":\"caf\u00e9 \\\"quoted\\\" \u65e5\u672c\"}");
    }

    @Test
    void R21_eventsAreListedPerPartnerOldestFirstWithTheirBodyExactly() {
        PartnerId mine = PartnerId.random();
        PartnerId other = PartnerId.random();
        PartnerEvent a = event(mine, "subscription.ordered", T0);
        PartnerEvent b = event(other, "subscription.ordered", T0);
        PartnerEvent c = event(mine, "cancellation.scheduled", T0.plusSeconds(1));
        txRun(() -> storage.events().append(List.of(a, b, c)));
        List<Positioned> page = storage.events().page(mine, Optional.empty(), 0, 10);
        assertThat(page).extracting(Positioned::event).containsExactly(a, c);
        assertThat(page.get(0).position()).isLessThan(page.get(1).position());
        assertThat(storage.events().page(mine, Optional.empty(), page.get(0).position(), 10))
                .extracting(Positioned::event).containsExactly(c);
        assertThat(storage.events().page(mine, Optional.of("cancellation.scheduled"), 0, 10))
                .extracting(Positioned::event).containsExactly(c);
        assertThat(storage.events().page(mine, Optional.empty(), 0, 1)).hasSize(1);
        assertThat(storage.events().find(mine, c.id())).contains(c);
        assertThat(storage.events().find(other, c.id())).isEmpty();
    }

    @Test
    void R21_oneEventIdMayBelongToSeveralPartners() {
        PartnerId one = PartnerId.random();
        PartnerId two = PartnerId.random();
        PartnerEvent a = event(one, "site.migrated", T0);
        PartnerEvent b = new PartnerEvent(a.id(), two, a.type(), a.created(), "{}");
        txRun(() -> storage.events().append(List.of(a, b)));
        assertThat(storage.events().find(one, a.id())).contains(a);
        assertThat(storage.events().find(two, a.id())).contains(b);
    }

    @Test
    void V3_severalEventsOfOnePartnerAreReadAtOnce() {
        PartnerId mine = PartnerId.random();
        PartnerId other = PartnerId.random();
        PartnerEvent a = event(mine, "usage.reported", T0);
        PartnerEvent b = event(mine, "usage.reported", T0.plusSeconds(1));
        PartnerEvent c = event(other, "usage.reported", T0);
        txRun(() -> storage.events().append(List.of(a, b, c)));
        assertThat(storage.events().findAll(mine, List.of(a.id(), b.id(), c.id(), UUID.randomUUID(), a.id())))
                .containsExactlyInAnyOrder(a, b);
        assertThat(storage.events().findAll(mine, List.of())).isEmpty();
    }

    @Test
    void R21_aFailedUnitOfWorkKeepsNoEvent() {
        PartnerId mine = PartnerId.random();
        assertThatThrownBy(() -> txRun(() -> {
            storage.events().append(List.of(event(mine, "usage.reported", T0)));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");
        assertThat(storage.events().page(mine, Optional.empty(), 0, 10)).isEmpty();
    }

    @Test
    void R21_housekeepingDeletesEventsOlderThanTheGivenInstant() {
        PartnerId mine = PartnerId.random();
        PartnerEvent old = event(mine, "usage.reported", T0);
        PartnerEvent recent = event(mine, "usage.reported", T0.plus(Duration.ofDays(31)));
        txRun(() -> storage.events().append(List.of(old, recent)));
        int deleted = tx(() -> storage.events().deleteOlderThan(T0.plus(Duration.ofDays(1))));
        assertThat(deleted).isEqualTo(1);
        assertThat(storage.events().page(mine, Optional.empty(), 0, 10)).extracting(Positioned::event)
                .containsExactly(recent);
    }
}
