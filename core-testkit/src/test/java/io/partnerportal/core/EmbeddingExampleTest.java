package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.InMemoryStorage;
import io.partnerportal.core.testing.MutableClock;
import io.partnerportal.core.testing.RecordingNotificationSender;
import org.junit.jupiter.api.Test;

/**
 * The core embedded with plain constructors and the in-memory fakes, no framework, every command
 * built by name: README's "Embedding the core" shows this same code (and {@code ReadmeExampleTest}
 * compiles and runs the README's own copy).
 */
class EmbeddingExampleTest {

    @Test
    void aPartnerOrdersAContactCancelsAndTheEmailsAreDelivered() {
        // wiring: driven ports in, driving ports out
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        RecordingNotificationSender mail = new RecordingNotificationSender(clock);
        Core core = Core.builder(storage, mail).clock(clock).build();

        // a partner orders Jira with an app for a new contact
        Administration.PartnerCreated reseller = core.administration().createPartner(
                new Administration.CreatePartner("Example Reseller", "billing@reseller.example"));
        PartnerId partner = PartnerId.parse(reseller.partnerId());
        PartnerOperations partners = core.partnerOperations();
        BillingAccountId account = BillingAccountId.parse(partners.createBillingAccount(
                PartnerOperations.CreateBillingAccount.parse(partner, "ACME Corp")).id());
        Contact ken = Contact.manager(EmailAddress.parse("ken@example.jp"), new DisplayName("Ken"),
                ContactLocale.parse("ja"));
        SubscriptionView jira = partners.order(Order.builder(partner).billingAccount(account)
                .product(ProductCode.parse("jira")).plan(Plan.STANDARD).billingCycle(BillingCycle.ANNUAL).userTier(50)
                .site(SiteAddress.parse("acme.atlassian.net")).contact(ken).build()).get(0);
        SubscriptionView app = partners.order(Order.builder(partner).billingAccount(account)
                .product(ProductCode.parse("tempo-timesheets")).plan(Plan.STANDARD).billingCycle(BillingCycle.ANNUAL)
                .userTier(50).hosts(EntitlementNumber.parse(jira.entitlementNumber())).contact(ken).build()).get(0);

        // the contact cancels Jira at the end of its term; the app goes with it
        PersonId kenId = core.administration().personId("ken@example.jp").orElseThrow();
        CancellationResult result = core.customerPortal().cancel(CustomerPortal.Cancel
                .atEndOfTerm(kenId, EntitlementNumber.parse(jira.entitlementNumber()))
                .because(CancellationReason.UNUSED));
        assertThat(result.cancelled()).extracting(SubscriptionView::entitlementNumber)
                .containsExactly(app.entitlementNumber());

        // delivery passes send what the outbox holds, each recipient's emails in order
        while (core.notificationDelivery().deliverDue().claimed() > 0) {
            // the application schedules this loop; here it runs until the outbox is drained
        }
        assertThat(mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED, NotificationType.PRODUCT_ORDERED,
                NotificationType.CANCELLATION_SCHEDULED);
    }
}
