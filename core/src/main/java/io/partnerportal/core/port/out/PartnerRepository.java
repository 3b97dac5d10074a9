package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Billing partners. */
public interface PartnerRepository {
    void add(Partner partner);

    Optional<Partner> find(PartnerId id);

    List<Partner> findAll(Collection<PartnerId> ids);

    /** Every partner, by name then id (operators' list). */
    List<Partner> all();

    /** Whether any partner exists (the embedded default seeds demo data when none does). */
    boolean any();
}
