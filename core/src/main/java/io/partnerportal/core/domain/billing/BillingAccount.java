package io.partnerportal.core.domain.billing;

import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.PartnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * Groups a customer's billing activity with the vendor; owned by one partner.
 *
 * @param id        its identifier
 * @param partner   the partner that owns it
 * @param name      its name
 * @param createdAt when it was created
 */
public record BillingAccount(BillingAccountId id, PartnerId partner, DisplayName name, Instant createdAt) {
    /**
     * Checks that every component is present.
     *
     * @param id        its identifier
     * @param partner   the partner that owns it
     * @param name      its name
     * @param createdAt when it was created
     */
    public BillingAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Whether the account is this partner's (R9, R15).
     *
     * @param partnerId the partner asking
     * @return true when it owns the account
     */
    public boolean isOwnedBy(PartnerId partnerId) {
        return partner.equals(partnerId);
    }
}
