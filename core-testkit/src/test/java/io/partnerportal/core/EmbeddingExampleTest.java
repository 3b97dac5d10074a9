package io.partnerportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.testing.InMemoryStorage;
import io.partnerportal.core.testing.MutableClock;
import io.partnerportal.core.testing.RecordingNotificationSender;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core embedded with plain constructors and the in-memory fakes, no framework: README's
 * "Embedding the core" shows this same code.
 */
class EmbeddingExampleTest {

    @Test
    void aPartnerOrdersAContactCancelsAndTheEmailsAreDelivered() {
        // wiring: driven ports in, driving ports out
        MutableClock clock = MutableClock.at("2026-11-23");
        Storage storage = InMemoryStorage.create();
        RecordingNotificationSender sender = new RecordingNotificationSender(clock);
        Core core = Core.create(storage, sender, sender, clock, CoreSettings.defaults());

        // a partner orders Jira with an app for a new contact
        var partner = core.administration().createPartner(
                new Administration.CreatePartner("Example Reseller", "billing@reseller.example"));
        PartnerId partnerId = PartnerId.parse(partner.partnerId());
        PartnerOperations partnerOps = core.partnerOperations();
        String account = partnerOps.createBillingAccount(
                PartnerOperations.CreateBillingAccount.parse(partnerId, "ACME Corp")).id();
        SubscriptionView jira = partnerOps.order(PartnerOperations.Order.parse(partnerId,
                new PartnerOperations.OrderRequest(account, "jira", "STANDARD", "ANNUAL", 50, null,
                        "acme.atlassian.net", null, null,
                        List.of(new PartnerOperations.ContactInput("ken@example.jp", "Ken", "ja"))))).get(0);
        SubscriptionView app = partnerOps.order(PartnerOperations.Order.parse(partnerId,
                new PartnerOperations.OrderRequest(account, "tempo-timesheets", "STANDARD", "ANNUAL", 50, null, null,
                        null, List.of(jira.entitlementNumber()),
                        List.of(new PartnerOperations.ContactInput("ken@example.jp", "Ken", "ja"))))).get(0);

        // the contact cancels Jira at the end of its term; the app goes with it
        var ken = storage.people().findByEmail(io.partnerportal.core.domain.party.EmailAddress.parse("ken@example.jp"))
                .orElseThrow().id();
        var result = core.customerPortal().cancel(CustomerPortal.Cancel.parse(ken, jira.entitlementNumber(),
                "END_OF_TERM", "UNUSED"));
        assertThat(result.cancelled()).extracting(SubscriptionView::entitlementNumber)
                .containsExactly(app.entitlementNumber());

        // delivery passes send what the outbox holds, each recipient's emails in order
        while (core.notificationDelivery().deliverDue().claimed() > 0) {
            // the application schedules this loop; here it runs until the outbox is drained
        }
        assertThat(sender.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED, NotificationType.PRODUCT_ORDERED,
                NotificationType.CANCELLATION_SCHEDULED);
    }
}
