package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an email says about one subscription, captured when the event happens (the outbox keeps
 * a snapshot, so a later change does not rewrite an email already queued).
 *
 * @param entitlementNumber its entitlement number
 * @param productName       its product's name
 * @param kind              product, app or collection
 * @param location          the site URL or organization name, null before set up
 * @param plan              its plan
 * @param billingCycle      its billing cycle
 * @param userTier          its user tier
 * @param startDate         its start date
 */
public record SubscriptionSummary(String entitlementNumber, String productName, SubscriptionKind kind,
                                  String location, Plan plan, BillingCycle billingCycle, int userTier,
                                  LocalDate startDate) {
    /**
     * Checks that every part but the location is present.
     *
     * @param entitlementNumber its entitlement number
     * @param productName       its product's name
     * @param kind              product, app or collection
     * @param location          the site URL or organization name, null before set up
     * @param plan              its plan
     * @param billingCycle      its billing cycle
     * @param userTier          its user tier
     * @param startDate         its start date
     */
    public SubscriptionSummary {
        Objects.requireNonNull(entitlementNumber, "entitlementNumber");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(startDate, "startDate");
    }
}
