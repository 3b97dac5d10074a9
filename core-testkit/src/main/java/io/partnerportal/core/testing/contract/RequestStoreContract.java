package io.partnerportal.core.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.port.out.RequestStore.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code RequestStore} (R23): a request is kept with every part exactly; only its unit of work's commit
 * keeps it; an answer is stored once (a second answer is a conflict); the partner's, the subscription's
 * and the contact's requests are listed newest first with a keyset position; erasure blanks messages only.
 */
public abstract class RequestStoreContract extends StorageContract {
    protected static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    private static final EntitlementNumber E1 = EntitlementNumber.parse("E-3YT-6BG-7X9-YHA");
    private static final EntitlementNumber E2 = EntitlementNumber.parse("E-4ZT-7CH-8Y9-ZJB");

    private static PartnerRequest open(PartnerId partner, EntitlementNumber on, PersonId by, Instant at,
                                       RequestWish wish, String message) {
        return PartnerRequest.ask(RequestId.random(), on, partner, by, at, wish, message);
    }

    @Test
    void R23_aRequestIsKeptWithEveryPartExactly() {
        PartnerId partner = PartnerId.random();
        PersonId ken = PersonId.random();
        PartnerRequest cancel = open(partner, E1, ken, T0, RequestWish.cancelCollection(
                List.of(new ProductCode("jira"), new ProductCode("confluence"))), "caf\u00e9 \"quoted\"\n\u65e5\u672c");
        PartnerRequest change = open(partner, E1, ken, T0.plusSeconds(1),
                RequestWish.change(Plan.PREMIUM, 100, BillingCycle.ANNUAL), null);
        PartnerRequest add = open(partner, E2, ken, T0.plusSeconds(2),
                RequestWish.addProduct(new ProductCode("bitbucket"), SiteUrl.of("acme.atlassian.net")), "please");
        PartnerRequest other = open(partner, E2, ken, T0.plusSeconds(3), RequestWish.other(), "call me");
        txRun(() -> List.of(cancel, change, add, other).forEach(storage.requests()::add));
        for (PartnerRequest r : List.of(cancel, change, add, other)) {
            assertThat(storage.requests().find(r.id())).contains(r);
        }
        assertThat(storage.requests().find(RequestId.random())).isEmpty();
    }

    @Test
    void R23_aFailedUnitOfWorkKeepsNoRequest() {
        PartnerRequest r = open(PartnerId.random(), E1, PersonId.random(), T0, RequestWish.other(), null);
        assertThatThrownBy(() -> txRun(() -> {
            storage.requests().add(r);
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");
        assertThat(storage.requests().find(r.id())).isEmpty();
    }

    @Test
    void R23_anAnswerIsStoredOnceAndOpenRequestsAreCountedPerSubscription() {
        PartnerId partner = PartnerId.random();
        PartnerRequest a = open(partner, E1, PersonId.random(), T0, RequestWish.other(), null);
        PartnerRequest b = open(partner, E1, PersonId.random(), T0.plusSeconds(1), RequestWish.other(), null);
        PartnerRequest c = open(partner, E2, PersonId.random(), T0.plusSeconds(1), RequestWish.other(), null);
        txRun(() -> List.of(a, b, c).forEach(storage.requests()::add));
        assertThat(storage.requests().countOpen(E1)).isEqualTo(2);
        PartnerRequest done = a.resolve(RequestStatus.DONE, "done \u2713", T0.plusSeconds(60), ActorKind.PARTNER,
                partner.toString());
        txRun(() -> storage.requests().resolve(done));
        assertThat(storage.requests().find(a.id())).contains(done);
        assertThat(storage.requests().countOpen(E1)).isEqualTo(1);
        PartnerRequest again = a.resolve(RequestStatus.DECLINED, null, T0.plusSeconds(61), ActorKind.PARTNER,
                partner.toString());
        assertThatThrownBy(() -> txRun(() -> storage.requests().resolve(again)))
                .isInstanceOf(ConflictException.class);
        assertThat(storage.requests().find(a.id())).contains(done);
    }

    @Test
    void R23_listsAreNewestFirstPerPartnerStatusSubscriptionAndContactWithAPosition() {
        PartnerId mine = PartnerId.random();
        PartnerId other = PartnerId.random();
        PersonId ken = PersonId.random();
        PersonId aya = PersonId.random();
        List<PartnerRequest> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(open(mine, i % 2 == 0 ? E1 : E2, i < 3 ? ken : aya, T0.plusSeconds(i), RequestWish.other(), "m" + i));
        }
        // two asked in the same instant: the id decides, the same way every time
        PartnerRequest tieA = open(mine, E1, ken, T0.plusSeconds(10), RequestWish.other(), null);
        PartnerRequest tieB = open(mine, E1, ken, T0.plusSeconds(10), RequestWish.other(), null);
        PartnerRequest theirs = open(other, E2, aya, T0.plusSeconds(20), RequestWish.other(), null);
        txRun(() -> {
            asked.forEach(storage.requests()::add);
            storage.requests().add(tieA);
            storage.requests().add(tieB);
            storage.requests().add(theirs);
        });
        PartnerRequest declined = asked.get(1).resolve(RequestStatus.DECLINED, null, T0.plusSeconds(30),
                ActorKind.PARTNER, mine.toString());
        txRun(() -> storage.requests().resolve(declined));

        List<PartnerRequest> all = storage.requests().forPartner(mine, Optional.empty(), null, 100);
        assertThat(all).hasSize(7).doesNotContain(theirs);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).askedAt()).isAfterOrEqualTo(all.get(i).askedAt());
        }
        List<PartnerRequest> firstTwo = storage.requests().forPartner(mine, Optional.empty(), null, 2);
        List<PartnerRequest> rest = storage.requests().forPartner(mine, Optional.empty(),
                Position.after(firstTwo.get(1)), 100);
        List<PartnerRequest> joined = new ArrayList<>(firstTwo);
        joined.addAll(rest);
        assertThat(joined).containsExactlyElementsOf(all);
        assertThat(firstTwo).extracting(PartnerRequest::id).containsExactlyInAnyOrder(tieA.id(), tieB.id());

        assertThat(storage.requests().forPartner(mine, Optional.of(RequestStatus.DECLINED), null, 100))
                .containsExactly(declined);
        assertThat(storage.requests().forPartner(mine, Optional.of(RequestStatus.OPEN), null, 100)).hasSize(6);
        assertThat(storage.requests().forSubscription(E2, 100)).extracting(PartnerRequest::id)
                .containsExactly(theirs.id(), asked.get(3).id(), asked.get(1).id());
        assertThat(storage.requests().askedBy(aya, null, 100)).extracting(PartnerRequest::id)
                .containsExactly(theirs.id(), asked.get(4).id(), asked.get(3).id());
        assertThat(storage.requests().askedBy(aya, Position.after(theirs), 1)).extracting(PartnerRequest::id)
                .containsExactly(asked.get(4).id());
    }

    @Test
    void R23_erasureBlanksTheMessagesAPersonWroteAndKeepsTheRequests() {
        PartnerId partner = PartnerId.random();
        PersonId ken = PersonId.random();
        PersonId aya = PersonId.random();
        PartnerRequest kens = open(partner, E1, ken, T0, RequestWish.other(), "my phone is 090-1234-5678");
        PartnerRequest silent = open(partner, E1, ken, T0.plusSeconds(1), RequestWish.other(), null);
        PartnerRequest ayas = open(partner, E1, aya, T0.plusSeconds(2), RequestWish.other(), "keep me");
        txRun(() -> List.of(kens, silent, ayas).forEach(storage.requests()::add));
        int blanked = tx(() -> storage.requests().eraseMessagesOf(ken));
        assertThat(blanked).isEqualTo(1);
        assertThat(storage.requests().find(kens.id())).contains(kens.withoutMessage());
        assertThat(storage.requests().find(ayas.id())).contains(ayas);
    }
}
