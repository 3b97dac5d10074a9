package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Billing partners. */
public interface PartnerRepository {
    /**
     * Stores a new partner.
     *
     * @param partner the partner
     */
    void add(Partner partner);

    /**
     * Finds a partner.
     *
     * @param id its id
     * @return the partner; empty when unknown
     */
    Optional<Partner> find(PartnerId id);

    /**
     * Finds several partners at once.
     *
     * @param ids their ids
     * @return those that exist, in no particular order
     */
    List<Partner> findAll(Collection<PartnerId> ids);

    /** @return every partner, by name then id (operators' list) */
    List<Partner> all();

    /**
     * Whether any partner exists (the embedded default seeds demo data when none does).
     *
     * @return true once a partner exists
     */
    boolean any();
}
