package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.party.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Billing accounts, each owned by one partner. */
public interface BillingAccountRepository {
    void add(BillingAccount account);

    Optional<BillingAccount> find(BillingAccountId id);

    List<BillingAccount> findAll(Collection<BillingAccountId> ids);

    /** The partner's accounts ordered by name, then id, after {@code after} (null: first page). */
    List<BillingAccount> page(PartnerId partner, Position after, int limit);

    record Position(String name, BillingAccountId id) {
    }
}
