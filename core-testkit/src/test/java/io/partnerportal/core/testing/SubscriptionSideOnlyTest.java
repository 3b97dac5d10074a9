package io.partnerportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerportal.core.Core;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.billing.BillingAccountId;
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
import io.partnerportal.core.port.out.WebhookStore;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.testing.contract.StorageContracts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * L2: an embedder implements the subscription side alone - the stores only the web app needs
 * (sessions, sign-in, API keys, idempotency, the feed and webhooks) are optional - and the whole
 * subscription lifecycle works on it; what needs a missing store says which.
 */
class SubscriptionSideOnlyTest {
    private final MutableClock clock = MutableClock.at("2026-11-23");

    /** A store of the required ports alone, over one in-memory database. */
    static Storage subscriptionSideOnly() {
        InMemoryDatabase db = new InMemoryDatabase();
        DefaultCatalogue.products().forEach(p -> db.tables.catalogue.put(p.code(), p));
        return Storage.builder()
                .unitOfWork(new InMemoryUnitOfWork(db))
                .subscriptions(new InMemorySubscriptionRepository(db))
                .contactList(new InMemoryContactListQuery(db))
                .sheets(new InMemorySubscriptionSheets(db))
                .history(new InMemoryHistoryRepository(db))
                .billingAccounts(new InMemoryBillingAccountRepository(db))
                .partners(new InMemoryPartnerRepository(db))
                .people(new InMemoryPersonRepository(db))
                .sites(new InMemorySiteRepository(db))
                .organizations(new InMemoryOrganizationRepository(db))
                .catalogue(new InMemoryCatalogue(db))
                .outbox(new InMemoryNotificationOutbox(db))
                .signingKeys(new InMemorySigningKeys(db))
                .reminders(new InMemoryReminderLog(db))
                .build();
    }

    @Test
    void L2_theSubscriptionSideRunsOnAStoreWithoutTheWebAppsStores() {
        Storage storage = subscriptionSideOnly();
        assertThat(storage.webhooks()).isSameAs(WebhookStore.none());
        RecordingNotificationSender mail = new RecordingNotificationSender(clock);
        Core core = Core.builder(storage, mail).clock(clock).build();

        PartnerId partner = PartnerId.parse(core.administration().createPartner(
                new Administration.CreatePartner("Example Reseller", "billing@reseller.example")).partnerId());
        BillingAccountId account = BillingAccountId.parse(core.partnerOperations().createBillingAccount(
                PartnerOperations.CreateBillingAccount.parse(partner, "ACME")).id());
        SubscriptionView jira = core.partnerOperations().order(Order.builder(partner).billingAccount(account)
                .product(ProductCode.parse("jira")).plan(Plan.STANDARD).billingCycle(BillingCycle.ANNUAL).userTier(10)
                .site(SiteAddress.name("acme")).contact(Contact.manager(EmailAddress.parse("ken@example.jp"),
                        new DisplayName("Ken"), ContactLocale.JA)).build()).get(0);
        PersonId ken = core.administration().personId("ken@example.jp").orElseThrow();
        core.customerPortal().cancel(CustomerPortal.Cancel.immediately(ken,
                EntitlementNumber.parse(jira.entitlementNumber())));
        while (core.notificationDelivery().deliverDue().claimed() > 0) {
            // drained
        }
        assertThat(mail.typesSentTo("ken@example.jp")).containsExactly(NotificationType.WELCOME,
                NotificationType.PRODUCT_ORDERED, NotificationType.CANCELLED);
        assertThat(core.housekeeping().purgeExpired().sessions()).isZero();
        assertThat(core.webhookDelivery().deliverDue().claimed()).isZero();
        assertThat(core.personalData().export("ken@example.jp").sessions()).isEmpty();
    }

    @Test
    void L2_whatNeedsAStoreTheStoreDoesNotKeepSaysWhichBuilderMethodGivesIt() {
        Core core = Core.builder(subscriptionSideOnly(), new RecordingNotificationSender(clock)).clock(clock).build();
        assertThatThrownBy(() -> core.signIn().requestLink("ken@example.jp"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("signInRequests(");
        assertThat(core.signIn().resolve("a-token")).isEmpty();
        assertThat(core.apiAuthentication().authenticate("psp_abc_def")).isEmpty();
    }

    @Test
    void L2_aStoreMissingARequiredPortIsRefusedNamingIt() {
        assertThatThrownBy(() -> Storage.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("subscriptions").hasMessageContaining("outbox");
    }

    /** The contracts of such a store: the web app's are skipped, every other one runs. */
    @Nested
    class ItsContracts extends StorageContracts {
        @Override
        protected Storage newStorage() {
            return subscriptionSideOnly();
        }
    }
}
