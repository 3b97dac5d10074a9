package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.webhook.EventBody;
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

    /** R23: an event about a request as {@code EventBody} writes it, its subscriptions left out. */
    protected static PartnerEvent requestEvent(PartnerId partner, String type, RequestId request, String message,
                                               String note) {
        UUID id = UUID.randomUUID();
        return new PartnerEvent(id, partner, type, T0, "{\"id\":\"" + id + "\",\"type\":\"" + type
                + "\",\"created\":\"" + T0 + "\",\"data\":{\"subscriptions\":[],\"request\":{\"id\":\"" + request
                + "\",\"entitlementNumber\":\"E-3YT-6BG-7X9-YHA\",\"kind\":\"OTHER\",\"keepProducts\":[],"
                + "\"plan\":null,\"userTier\":null,\"billingCycle\":null,\"product\":null,\"site\":null,\"message\":"
                + (message == null ? "null" : EventBody.quote(message)) + ",\"status\":\"OPEN\",\"createdAt\":\"" + T0
                + "\",\"resolvedAt\":null,\"note\":" + (note == null ? "null" : EventBody.quote(note)) + "}}}");
    }

    @Test
    void S8_aPartnersEventsAboutARequestNoLongerTellWhatItsErasedAskerWroteNorTheirAddress() {
        PartnerId mine = PartnerId.random();
        PartnerId other = PartnerId.random();
        RequestId asked = RequestId.random();
        String message = "Call me: \"KEN@example.jp\" \\ \u65e5\u672c\n";
        PartnerEvent created = requestEvent(mine, "request.created", asked, message, null);
        PartnerEvent resolved = requestEvent(mine, "request.resolved", asked, message, "Wrote to Ken@Example.JP");
        PartnerEvent another = requestEvent(mine, "request.created", RequestId.random(), "Ken's too", null);
        PartnerEvent othersPartner = requestEvent(other, "request.created", asked, message, null);
        PartnerEvent notAboutIt = event(mine, "contact.assigned", T0);
        txRun(() -> storage.events().append(List.of(created, resolved, another, othersPartner, notAboutIt)));
        EmailAddress ken = new EmailAddress("ken@example.jp");
        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");

        assertThat(tx(() -> storage.events().forgetAsker(mine, asked, message, ken, pseudonym))).isEqualTo(2);

        assertThat(storage.events().find(mine, created.id()).orElseThrow().body()).isEqualTo(created.body()
                .replace(",\"message\":" + EventBody.quote(message), ",\"message\":null"));
        assertThat(storage.events().find(mine, resolved.id()).orElseThrow().body()).isEqualTo(resolved.body()
                .replace(",\"message\":" + EventBody.quote(message), ",\"message\":null")
                .replace("Ken@Example.JP", pseudonym.value()));
        assertThat(storage.events().page(mine, Optional.empty(), 0, 10)).extracting(p -> p.event().body())
                .allSatisfy(b -> assertThat(b).doesNotContain("Call me").doesNotContainIgnoringCase("ken@example.jp"))
                .contains(another.body(), notAboutIt.body());
        assertThat(storage.events().find(other, othersPartner.id())).contains(othersPartner);

        // once is enough; another request, or no message, changes nothing
        assertThat(tx(() -> storage.events().forgetAsker(mine, asked, message, ken, pseudonym))).isZero();
        assertThat(tx(() -> storage.events().forgetAsker(mine, RequestId.random(), "Ken's too", ken, pseudonym)))
                .isZero();
        assertThat(tx(() -> storage.events().forgetAsker(PartnerId.random(), asked, message, ken, pseudonym)))
                .isZero();
    }

    @Test
    void S8_eventsForgetAnAskerOnlyWithTheUnitOfWorkThatErasesThem() {
        PartnerId mine = PartnerId.random();
        RequestId asked = RequestId.random();
        PartnerEvent created = requestEvent(mine, "request.created", asked, "hi", null);
        txRun(() -> storage.events().append(List.of(created)));

        assertThatThrownBy(() -> txRun(() -> {
            storage.events().forgetAsker(mine, asked, "hi", new EmailAddress("ken@example.jp"),
                    new EmailAddress("erased-0123456789ab@erased.invalid"));
            throw new IllegalStateException("the erasure failed");
        })).hasMessageContaining("the erasure failed");

        assertThat(storage.events().find(mine, created.id())).contains(created);
    }
}
