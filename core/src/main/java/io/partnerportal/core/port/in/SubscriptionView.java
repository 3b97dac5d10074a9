package io.partnerportal.core.port.in;

import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A subscription as every caller sees it (SPEC §5.2): status, bill date and days are derived for
 * the clock's today. {@code hosts} lists live hosts; {@code collection}, {@code includedProducts},
 * {@code hosts} and {@code apps} hold entitlement numbers.
 */
public record SubscriptionView(
        String entitlementNumber,
        SubscriptionKind kind,
        ProductRef product,
        Plan plan,
        BillingCycle billingCycle,
        int userTier,
        Integer activeUsers,
        SubscriptionStatus status,
        LocalDate startDate,
        LocalDate termStart,
        LocalDate billDate,
        Long daysUntilRenewal,
        Long daysUntilStart,
        CancellationView cancellation,
        String billingAccountId,
        PartnerRef partner,
        String site,
        String organization,
        String collection,
        List<String> includedProducts,
        List<String> hosts,
        List<String> apps,
        List<ContactView> contacts) {

    public SubscriptionView {
        includedProducts = List.copyOf(includedProducts);
        hosts = List.copyOf(hosts);
        apps = List.copyOf(apps);
        contacts = List.copyOf(contacts);
    }

    public record ProductRef(String code, String name) {
    }

    public record PartnerRef(String id, String name) {
    }

    /** The cancellation that applies, pending or effective. */
    public record CancellationView(LocalDate effectiveOn, CancellationReason reason, ActorKind requestedBy) {
    }

    public record ContactView(String email, String name, String locale) {
    }
}
