package io.partnerportal.app;

import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a newcomer finds in the embedded default (SPEC §5.4): a partner with two billing accounts,
 * and {@code demo@example.com} with subscriptions in all three tabs - active products with an app
 * on two hosts, a collection, a cancelled product, and one starting a year from now. Seeded in one
 * unit of work, only when no partner exists yet.
 */
final class DemoData {
    static final String DEMO_CONTACT = "demo@example.com";

    private final Storage storage;
    private final Administration administration;
    private final PartnerOperations partners;
    private final Clock clock;

    DemoData(Storage storage, Administration administration, PartnerOperations partners, Clock clock) {
        this.storage = storage;
        this.administration = administration;
        this.partners = partners;
        this.clock = clock;
    }

    /** Seeds and returns the demo partner's API key, or nothing when a partner exists already. */
    Optional<String> seedIfEmpty() {
        return storage.unitOfWork().inTransaction(() -> {
            if (storage.partners().any()) {
                return Optional.<String>empty();
            }
            Administration.PartnerCreated created = administration.createPartner(
                    new Administration.CreatePartner("Demo Reseller", "billing@reseller.example"));
            PartnerId partner = PartnerId.parse(created.partnerId());
            BillingAccountId main = BillingAccountId.parse(partners.createBillingAccount(
                    PartnerOperations.CreateBillingAccount.parse(partner, "ACME Corporation")).id());
            partners.createBillingAccount(PartnerOperations.CreateBillingAccount.parse(partner, "ACME Japan 株式会社"));
            LocalDate today = LocalDate.now(clock);

            SubscriptionView jira = order(partner, main, "jira", Plan.PREMIUM, today.minusMonths(5))
                    .site(SiteAddress.name("acme")).build().placeOne();
            SubscriptionView confluence = order(partner, main, "confluence", Plan.STANDARD, today.minusMonths(3))
                    .site(SiteAddress.name("acme")).build().placeOne();
            order(partner, main, "drawio", Plan.STANDARD, today.minusMonths(2))
                    .hosts(number(confluence), number(jira)).build().placeOne();
            order(partner, main, "tempo-timesheets", Plan.STANDARD, today.minusMonths(2))
                    .hosts(number(jira)).build().placeOne();
            order(partner, main, "teamwork-collection", Plan.STANDARD, today.minusMonths(1))
                    .site(SiteAddress.name("acme-team")).build().placeOne();
            order(partner, main, "atlassian-guard", Plan.ENTERPRISE, today.minusMonths(4))
                    .organization(new OrganizationName("ACME")).build().placeOne();
            SubscriptionView loom = order(partner, main, "loom", Plan.STANDARD, today.minusMonths(8))
                    .site(SiteAddress.name("acme-video")).build().placeOne();
            partners.cancel(PartnerOperations.Cancel.immediately(partner, number(loom))
                    .because(CancellationReason.UNUSED));
            order(partner, main, "jira-service-management", Plan.STANDARD, today.plusYears(1))
                    .site(SiteAddress.name("acme-help")).build().placeOne();
            // R17: renews in 20 days, so its 30-day renewal reminder is due at the first reminder pass
            order(partner, main, "rovo", Plan.STANDARD, today.minusYears(1).plusDays(20)).build().placeOne();
            return Optional.of(created.apiKey());
        });
    }

    /** One of the demo's orders, annual, for 25 users, with the demo contact as its manager. */
    private DemoOrder order(PartnerId partner, BillingAccountId account, String product, Plan plan, LocalDate start) {
        return new DemoOrder(Order.builder(partner).billingAccount(account).product(ProductCode.parse(product))
                .plan(plan).billingCycle(BillingCycle.ANNUAL).userTier(25).startDate(start)
                .contact(Contact.manager(EmailAddress.parse(DEMO_CONTACT), new DisplayName("Demo Contact"),
                        ContactLocale.EN)));
    }

    private static EntitlementNumber number(SubscriptionView s) {
        return EntitlementNumber.parse(s.entitlementNumber());
    }

    /** An order being named, placed with {@link #placeOne()}. */
    private final class DemoOrder {
        private final Order.Builder order;

        private DemoOrder(Order.Builder order) {
            this.order = order;
        }

        DemoOrder site(SiteAddress site) {
            order.site(site);
            return this;
        }

        DemoOrder organization(OrganizationName organization) {
            order.organization(organization);
            return this;
        }

        DemoOrder hosts(EntitlementNumber... hosts) {
            order.hosts(hosts);
            return this;
        }

        DemoOrder build() {
            return this;
        }

        SubscriptionView placeOne() {
            return partners.order(order.build()).get(0);
        }
    }
}
