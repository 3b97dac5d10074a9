package io.partnerportal.app;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.partner.PartnerOrderCommands.ContactInput;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
            String main = partners.createBillingAccount(
                    PartnerOperations.CreateBillingAccount.parse(partner, "ACME Corporation")).id();
            partners.createBillingAccount(PartnerOperations.CreateBillingAccount.parse(partner, "ACME Japan 株式会社"));
            LocalDate today = LocalDate.now(clock);
            List<ContactInput> demo = List.of(new ContactInput(DEMO_CONTACT, "Demo Contact", "en"));

            SubscriptionView jira = order(partner, main, "jira", "PREMIUM", today.minusMonths(5), "acme", null,
                    null, demo);
            SubscriptionView confluence = order(partner, main, "confluence", "STANDARD", today.minusMonths(3),
                    "acme", null, null, demo);
            order(partner, main, "drawio", "STANDARD", today.minusMonths(2), null, null,
                    List.of(confluence.entitlementNumber(), jira.entitlementNumber()), demo);
            order(partner, main, "tempo-timesheets", "STANDARD", today.minusMonths(2), null, null,
                    List.of(jira.entitlementNumber()), demo);
            order(partner, main, "teamwork-collection", "STANDARD", today.minusMonths(1), "acme-team", null, null,
                    demo);
            order(partner, main, "atlassian-guard", "ENTERPRISE", today.minusMonths(4), null, "ACME", null, demo);
            SubscriptionView loom = order(partner, main, "loom", "STANDARD", today.minusMonths(8), "acme-video",
                    null, null, demo);
            partners.cancel(PartnerOperations.Cancel.parse(partner, loom.entitlementNumber(), "IMMEDIATE", "UNUSED",
                    null));
            order(partner, main, "jira-service-management", "STANDARD", today.plusYears(1), "acme-help", null, null,
                    demo);
            // R17: renews in 20 days, so its 30-day renewal reminder is due at the first reminder pass
            order(partner, main, "rovo", "STANDARD", today.minusYears(1).plusDays(20), null, null, null, demo);
            return Optional.of(created.apiKey());
        });
    }

    private SubscriptionView order(PartnerId partner, String account, String product, String plan, LocalDate start,
                                   String siteName, String organization, List<String> hosts,
                                   List<ContactInput> contacts) {
        return partners.order(PartnerOperations.Order.parse(partner, new PartnerOperations.OrderRequest(account,
                product, plan, "ANNUAL", 25, start.toString(), siteName, organization, hosts, contacts))).get(0);
    }
}
