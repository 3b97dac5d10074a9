package io.partnerportal.core.testing.contract;

import static io.partnerportal.core.testing.PartyBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PartnerRepository}: round trip and whether any partner exists. */
public abstract class PartnerRepositoryContract extends StorageContract {

    @Test
    void storesAndFindsPartners() {
        assertThat(storage.partners().any()).isFalse();
        Partner a = aPartner("株式会社パートナー");
        Partner b = aPartner("B <Reseller>");
        txRun(() -> {
            storage.partners().add(a);
            storage.partners().add(b);
        });
        assertThat(storage.partners().any()).isTrue();
        assertThat(storage.partners().find(a.id())).contains(a);
        assertThat(storage.partners().find(PartnerId.random())).isEmpty();
        assertThat(storage.partners().findAll(List.of(a.id(), b.id(), PartnerId.random())))
                .containsExactlyInAnyOrder(a, b);
    }

    @Test
    void allPartnersComeByName() {
        assertThat(storage.partners().all()).isEmpty();
        Partner c = aPartner("株式会社パートナー");
        Partner a = aPartner("Alpha Reseller");
        Partner b = aPartner("Beta <Reseller>");
        txRun(() -> List.of(c, a, b).forEach(storage.partners()::add));
        assertThat(storage.partners().all()).containsExactly(a, b, c);
    }
}
