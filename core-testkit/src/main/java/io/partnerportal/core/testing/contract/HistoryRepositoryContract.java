package io.partnerportal.core.testing.contract;

import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.EmailAddress;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.history.HistoryAction;
import io.partnerportal.core.domain.history.HistoryDetail;
import io.partnerportal.core.domain.history.HistoryEntry;
import io.partnerportal.core.port.out.HistoryRepository;
import io.partnerportal.core.port.out.HistoryRepository.Position;
import io.partnerportal.core.testing.SubscriptionBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code HistoryRepository}: append-only, newest first, keyset pages, details kept as written. */
public abstract class HistoryRepositoryContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static HistoryEntry entry(EntitlementNumber n, Instant at, HistoryDetail detail) {
        return new HistoryEntry(UUID.randomUUID(), n, at, ActorKind.PARTNER, "partner-1", detail);
    }

    @Test
    void keepsEveryFieldAndDetail() {
        EntitlementNumber n = SubscriptionBuilder.randomNumber();
        HistoryEntry e = new HistoryEntry(UUID.randomUUID(), n, T0, ActorKind.CONTACT, "person-9",
                new HistoryDetail.BillingAccountChanged("名前 <b>& a=b \\ c", "x\\n=y", BillingAccountId.random(),
                        BillingAccountId.random()));
        txRun(() -> storage.history().append(List.of(e)));
        assertThat(storage.history().page(n, null, 10)).containsExactly(e);
    }

    @Test
    void pagesNewestFirstOnlyForTheSubscription() {
        EntitlementNumber n = SubscriptionBuilder.randomNumber();
        EntitlementNumber other = SubscriptionBuilder.randomNumber();
        List<HistoryEntry> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(entry(n, T0.plusSeconds(i), new HistoryDetail.UsageReported(i)));
        }
        // two entries at the same instant are ordered by id
        written.add(entry(n, T0.plusSeconds(4), new HistoryDetail.Withdrawn(HistoryAction.CANCELLATION_WITHDRAWN)));
        txRun(() -> {
            storage.history().append(written);
            storage.history().append(List.of(entry(other, T0, new HistoryDetail.HostChanged(HistoryAction.HOST_LOST,
                    n))));
        });
        List<HistoryEntry> expected = written.stream()
                .sorted((a, b) -> a.at().equals(b.at()) ? b.id().toString().compareTo(a.id().toString())
                        : b.at().compareTo(a.at()))
                .toList();
        List<HistoryEntry> first = storage.history().page(n, null, 4);
        HistoryEntry last = first.get(3);
        List<HistoryEntry> second = storage.history().page(n, new Position(last.at(), last.id()), 4);
        List<HistoryEntry> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyElementsOf(expected);
    }

    @Test
    void aNamedPageNamesTheContactsAndPartnersWhoActed() {
        EntitlementNumber n = SubscriptionBuilder.randomNumber();
        var ken = io.partnerportal.core.testing.PartyBuilder.aPerson("ken.named@example.jp");
        var partner = io.partnerportal.core.testing.PartyBuilder.aPartner("Named Reseller");
        HistoryDetail detail = new HistoryDetail.UsageReported(12);
        HistoryEntry byKen = new HistoryEntry(UUID.randomUUID(), n, T0, ActorKind.CONTACT, ken.id().toString(), detail);
        HistoryEntry byPartner = new HistoryEntry(UUID.randomUUID(), n, T0.plusSeconds(1), ActorKind.PARTNER,
                partner.id().toString(), detail);
        HistoryEntry byGone = new HistoryEntry(UUID.randomUUID(), n, T0.plusSeconds(2), ActorKind.CONTACT,
                PersonId.random().toString(), detail);
        HistoryEntry bySupport = new HistoryEntry(UUID.randomUUID(), n, T0.plusSeconds(3), ActorKind.SUPPORT,
                "support-key", detail);
        txRun(() -> {
            storage.people().add(ken);
            storage.partners().add(partner);
            storage.history().append(List.of(byKen, byPartner, byGone, bySupport));
        });

        var page = storage.history().namedPage(n, null, 10);
        assertThat(page).extracting(HistoryRepository.Named::entry).containsExactly(bySupport, byGone, byPartner,
                byKen);
        assertThat(page).extracting(HistoryRepository.Named::actorName).containsExactly(null, null,
                "Named Reseller", "ken.named@example.jp");
        assertThat(storage.history().namedPage(n, new Position(byPartner.at(), byPartner.id()), 10))
                .extracting(HistoryRepository.Named::entry).containsExactly(byKen);
    }

    @Test
    void linesNamingAPersonAreFoundByActorAndByContactAndTheirDetailsReplaced() {
        EntitlementNumber n = SubscriptionBuilder.randomNumber();
        PersonId ken = PersonId.random();
        EmailAddress email = new EmailAddress("ken_1%@example.jp");
        HistoryEntry assigned = entry(n, T0, new HistoryDetail.ContactChanged(HistoryAction.CONTACT_ASSIGNED, email));
        HistoryEntry acted = new HistoryEntry(UUID.randomUUID(), n, T0.plusSeconds(1), ActorKind.CONTACT,
                ken.toString(), new HistoryDetail.UsageReported(3));
        // not Ken: a lookalike address the LIKE wildcards would match, another contact, another actor
        HistoryEntry lookalike = entry(n, T0.plusSeconds(2), new HistoryDetail.ContactChanged(
                HistoryAction.CONTACT_ASSIGNED, new EmailAddress("ken_1x@example.jp")));
        HistoryEntry longer = entry(n, T0.plusSeconds(3), new HistoryDetail.ContactChanged(
                HistoryAction.CONTACT_REMOVED, new EmailAddress("aken_1%@example.jp")));
        HistoryEntry otherActor = new HistoryEntry(UUID.randomUUID(), n, T0.plusSeconds(4), ActorKind.CONTACT,
                PersonId.random().toString(), new HistoryDetail.UsageReported(4));
        txRun(() -> storage.history().append(List.of(assigned, acted, lookalike, longer, otherActor)));

        assertThat(storage.history().naming(ken, email)).containsExactly(assigned, acted);

        EmailAddress pseudonym = new EmailAddress("erased-0123456789ab@erased.invalid");
        HistoryEntry replaced = new HistoryEntry(assigned.id(), n, T0, ActorKind.PARTNER, "partner-1",
                new HistoryDetail.ContactChanged(HistoryAction.CONTACT_ASSIGNED, pseudonym));
        txRun(() -> storage.history().replaceDetails(List.of(replaced)));
        assertThat(storage.history().naming(ken, email)).containsExactly(acted);
        assertThat(storage.history().page(n, null, 10)).contains(replaced, lookalike, longer).doesNotContain(assigned);
    }
}
