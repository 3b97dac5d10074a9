package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.PartyBuilder.aPartner;
import static io.partnerportal.core.testing.PartyBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.error.ConflictException;
import io.partnerportal.core.port.out.BillingAccountRepository.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code BillingAccountRepository}: round trip, uniqueness, a partner's accounts by name then id. */
public abstract class BillingAccountRepositoryContract extends StorageContract {

    @Test
    void storesFindsAndPagesAPartnersAccounts() {
        Partner p = aPartner("Accounts Co");
        Partner other = aPartner("Other Co");
        BillingAccount b = anAccount(p.id(), "Beta");
        BillingAccount a1 = anAccount(p.id(), "Alpha");
        BillingAccount a2 = anAccount(p.id(), "Alpha");
        BillingAccount c = anAccount(p.id(), "請求 <Gamma>");
        BillingAccount theirs = anAccount(other.id(), "Aardvark");
        txRun(() -> {
            storage.partners().add(p);
            storage.partners().add(other);
            List.of(b, a1, a2, c, theirs).forEach(storage.billingAccounts()::add);
        });
        assertThat(storage.billingAccounts().find(c.id())).contains(c);
        assertThat(storage.billingAccounts().find(BillingAccountId.random())).isEmpty();
        assertThat(storage.billingAccounts().findAll(List.of(a1.id(), theirs.id())))
                .containsExactlyInAnyOrder(a1, theirs);

        List<BillingAccount> alphas = a1.id().toString().compareTo(a2.id().toString()) < 0 ? List.of(a1, a2)
                : List.of(a2, a1);
        List<BillingAccount> first = storage.billingAccounts().page(p.id(), null, 2);
        assertThat(first).containsExactlyElementsOf(alphas);
        BillingAccount last = first.get(1);
        assertThat(storage.billingAccounts().page(p.id(), new Position(last.name().value(), last.id()), 5))
                .containsExactly(b, c);
    }

    @Test
    void anIdIsUnique() {
        Partner p = aPartner("Dup Co");
        BillingAccount a = anAccount(p.id(), "One");
        txRun(() -> {
            storage.partners().add(p);
            storage.billingAccounts().add(a);
        });
        assertThatThrownBy(() -> txRun(() -> storage.billingAccounts().add(
                new BillingAccount(a.id(), p.id(), a.name(), a.createdAt())))).isInstanceOf(ConflictException.class);
    }
}
