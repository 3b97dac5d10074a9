package io.partnerportal.core.application;

import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.party.ActorKind;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A subscription as every caller sees it (SPEC §5.2): status, bill date and days are derived for
 * the clock's today. {@code hosts} lists live hosts; {@code collection}, {@code includedProducts},
 * {@code hosts} and {@code apps} hold entitlement numbers.
 *
 * @param entitlementNumber its entitlement number
 * @param kind              product, app or collection
 * @param product           its catalogue product
 * @param plan              its plan
 * @param billingCycle      its billing cycle
 * @param userTier          the licensed user count
 * @param activeUsers       the users active, as reported; null until reported
 * @param status            its status today (R2)
 * @param startDate         the day it starts
 * @param termStart         the current term's anchor (R3, R8)
 * @param billDate          the renewal date; null once cancelled (R3)
 * @param daysUntilRenewal  days until the bill date; null while upcoming or once cancelled
 * @param daysUntilStart    days until the start; null unless upcoming
 * @param cancellation      the cancellation that applies, or null
 * @param billingAccountId  its billing account's id
 * @param partner           its billing partner
 * @param site              the site it is set up on, or null
 * @param organization      the organization it is set up on, or null
 * @param collection        the collection it is included in, or null
 * @param includedProducts  for a collection, its included products
 * @param hosts             for an app, its live hosts
 * @param apps              the apps installed on it
 * @param contacts          its customer contacts
 * @param pendingChange     the plan, tier or cycle change waiting for its date (R16), or null
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
        List<ContactView> contacts,
        PendingChangeView pendingChange) {

    /**
     * Copies the lists.
     *
     * @param entitlementNumber its entitlement number
     * @param kind              product, app or collection
     * @param product           its catalogue product
     * @param plan              its plan
     * @param billingCycle      its billing cycle
     * @param userTier          the licensed user count
     * @param activeUsers       the users active, as reported; null until reported
     * @param status            its status today (R2)
     * @param startDate         the day it starts
     * @param termStart         the current term's anchor (R3, R8)
     * @param billDate          the renewal date; null once cancelled (R3)
     * @param daysUntilRenewal  days until the bill date; null while upcoming or once cancelled
     * @param daysUntilStart    days until the start; null unless upcoming
     * @param cancellation      the cancellation that applies, or null
     * @param billingAccountId  its billing account's id
     * @param partner           its billing partner
     * @param site              the site it is set up on, or null
     * @param organization      the organization it is set up on, or null
     * @param collection        the collection it is included in, or null
     * @param includedProducts  for a collection, its included products
     * @param hosts             for an app, its live hosts
     * @param apps              the apps installed on it
     * @param contacts          its customer contacts
     * @param pendingChange     the change waiting for its date, or null
     */
    public SubscriptionView {
        includedProducts = List.copyOf(includedProducts);
        hosts = List.copyOf(hosts);
        apps = List.copyOf(apps);
        contacts = List.copyOf(contacts);
    }

    /**
     * A catalogue product.
     *
     * @param code its code
     * @param name its name
     */
    public record ProductRef(String code, String name) {
    }

    /**
     * A billing partner.
     *
     * @param id   its id
     * @param name its name
     */
    public record PartnerRef(String id, String name) {
    }

    /**
     * The cancellation that applies, pending or effective.
     *
     * @param effectiveOn the day it takes effect
     * @param reason      why, or null
     * @param requestedBy who asked: a contact, the partner, vendor support or the portal
     */
    public record CancellationView(LocalDate effectiveOn, CancellationReason reason, ActorKind requestedBy) {
    }

    /**
     * A customer contact.
     *
     * @param email  their email
     * @param name   their name
     * @param locale their language tag, {@code en} or {@code ja}
     * @param role   their role on this subscription (R19)
     */
    public record ContactView(String email, String name, String locale, ContactRole role) {
        /**
         * A manager, the default role (R19).
         *
         * @param email  their email
         * @param name   their name
         * @param locale their language tag, {@code en} or {@code ja}
         */
        public ContactView(String email, String name, String locale) {
            this(email, name, locale, ContactRole.MANAGER);
        }
    }

    /**
     * R16: what the subscription changes to, and when.
     *
     * @param plan         the plan from that day
     * @param userTier     the user tier from that day
     * @param billingCycle the billing cycle from that day
     * @param effectiveOn  the day
     */
    public record PendingChangeView(Plan plan, int userTier, BillingCycle billingCycle, LocalDate effectiveOn) {
    }
}
