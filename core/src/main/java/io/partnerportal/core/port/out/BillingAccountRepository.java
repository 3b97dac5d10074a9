package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Billing accounts, each owned by one partner. */
public interface BillingAccountRepository {
    /**
     * Stores a new account.
     *
     * @param account the account
     */
    void add(BillingAccount account);

    /**
     * Finds an account, whoever owns it.
     *
     * @param id its id
     * @return the account; empty when unknown
     */
    Optional<BillingAccount> find(BillingAccountId id);

    /**
     * Finds several accounts at once.
     *
     * @param ids their ids
     * @return those that exist, in no particular order
     */
    List<BillingAccount> findAll(Collection<BillingAccountId> ids);

    /**
     * The partner's accounts ordered by name, then id, after {@code after} (null: first page).
     *
     * @param partner the partner
     * @param after   where the previous page ended, or null
     * @param limit   the most accounts to return
     * @return the page
     */
    List<BillingAccount> page(PartnerId partner, Position after, int limit);

    /**
     * Where a page ends: the last account's name and id.
     *
     * @param name its name
     * @param id   its id
     */
    record Position(String name, BillingAccountId id) {
    }
}
