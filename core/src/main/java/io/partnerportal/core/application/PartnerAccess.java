package io.partnerportal.core.application;

import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.BillingAccountRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;

/** What a partner may reach (R12, R15): only what it bills; anything else does not exist for it. */
public final class PartnerAccess {
    private final SubscriptionRepository subscriptions;
    private final BillingAccountRepository accounts;

    public PartnerAccess(SubscriptionRepository subscriptions, BillingAccountRepository accounts) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
    }

    /** The partner's own subscription, or "not found". */
    public Subscription own(PartnerId partner, EntitlementNumber number) {
        return subscriptions.find(number).filter(s -> s.partner().equals(partner))
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
    }

    /** An account named in a request: unknown or not the partner's is a validation error on {@code field}. */
    public BillingAccount ownAccount(PartnerId partner, BillingAccountId id, String field) {
        return accounts.find(id).filter(a -> a.isOwnedBy(partner))
                .orElseThrow(() -> ValidationException.of(field, FieldErrorCode.UNKNOWN,
                        "no billing account " + id + " of yours"));
    }
}
