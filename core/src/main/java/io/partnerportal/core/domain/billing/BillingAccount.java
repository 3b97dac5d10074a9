package io.partnerportal.core.domain.billing;

import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.PartnerId;
import java.time.Instant;
import java.util.Objects;

/** Groups a customer's billing activity with the vendor; owned by one partner. */
public record BillingAccount(BillingAccountId id, PartnerId partner, DisplayName name, Instant createdAt) {
    public BillingAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isOwnedBy(PartnerId partnerId) {
        return partner.equals(partnerId);
    }
}
