package io.partnerportal.core;

import io.partnerportal.core.application.CancelSubscription;
import io.partnerportal.core.application.Changes;
import io.partnerportal.core.application.ContactAccess;
import io.partnerportal.core.application.ContactChanges;
import io.partnerportal.core.application.EventTranslator;
import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.operations.AdministrationService;
import io.partnerportal.core.operations.DevMailboxService;
import io.partnerportal.core.operations.HousekeepingService;
import io.partnerportal.core.operations.NotificationDeliveryService;
import io.partnerportal.core.operations.PersonalDataService;
import io.partnerportal.core.operations.WebhookDeliveryService;
import io.partnerportal.core.partner.BillingAccounts;
import io.partnerportal.core.partner.ChangePlans;
import io.partnerportal.core.partner.IdempotencyService;
import io.partnerportal.core.partner.MigrateSites;
import io.partnerportal.core.partner.MoveSubscription;
import io.partnerportal.core.partner.PartnerIntegrationsService;
import io.partnerportal.core.partner.PartnerKeys;
import io.partnerportal.core.partner.PartnerOperationsService;
import io.partnerportal.core.partner.PartnerReads;
import io.partnerportal.core.partner.PlaceOrder;
import io.partnerportal.core.partner.UsageReports;
import io.partnerportal.core.portal.CustomerPortalService;
import io.partnerportal.core.portal.EmailLog;
import io.partnerportal.core.portal.PortalDetails;
import io.partnerportal.core.portal.PortalList;
import io.partnerportal.core.portal.Profiles;
import io.partnerportal.core.portal.SetUpSubscription;
import io.partnerportal.core.signin.ApiAuthenticationService;
import io.partnerportal.core.signin.SignInService;
import io.partnerportal.core.support.ReactivateSubscription;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.port.out.WebhookSender;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.time.Clock;

/**
 * The core wired with plain constructors: hand it the driven ports, get the driving ports. This
 * is all an embedding application needs (no framework); the bundled app's Guice module calls it.
 *
 * @param customerPortal       what a signed-in contact does
 * @param partnerOperations    what a partner does through the API
 * @param supportOperations    what vendor support does
 * @param signIn               magic links and sessions
 * @param apiAuthentication    who presents an API key
 * @param administration       the operators' admin commands
 * @param personalData         a person's personal data, exported or erased on request
 * @param notificationDelivery the outbox's delivery loop
 * @param devMailbox           the embedded default's mailbox
 * @param idempotency          partner commands under an idempotency key
 * @param housekeeping         purging what expired
 * @param partnerIntegrations  a partner's webhooks and events feed
 * @param webhookDelivery      the webhook outbox's delivery loop
 */
public record Core(
        CustomerPortal customerPortal,
        PartnerOperations partnerOperations,
        SupportOperations supportOperations,
        SignIn signIn,
        ApiAuthentication apiAuthentication,
        Administration administration,
        PersonalData personalData,
        NotificationDelivery notificationDelivery,
        DevMailbox devMailbox,
        Idempotency idempotency,
        Housekeeping housekeeping,
        PartnerIntegrations partnerIntegrations,
        WebhookDelivery webhookDelivery) {

    /** The webhook sender of a core wired without one: every address is refused, nothing is sent. */
    private static final WebhookSender NO_WEBHOOKS = new WebhookSender() {
        @Override
        public Optional<String> refusal(URI url) {
            return Optional.of("webhooks are not enabled in this installation");
        }

        @Override
        public Result send(URI url, String body, List<String> secrets, Instant now) {
            return new Result(null, "webhooks are not enabled in this installation");
        }
    };

    /**
     * The core without webhooks: endpoints cannot be registered (events are still recorded for the feed).
     *
     * @param storage  the store's driven ports
     * @param sender   renders and sends emails
     * @param archive  the emails a file sender wrote (for the developer mailbox)
     * @param clock    the clock (UTC)
     * @param settings the core's settings
     * @return the driving ports
     */
    public static Core create(Storage storage, NotificationSender sender, SentMailArchive archive, Clock clock,
                              CoreSettings settings) {
        return create(storage, sender, archive, NO_WEBHOOKS, clock, settings);
    }

    /**
     * @param storage  the store's driven ports
     * @param sender   renders and sends emails
     * @param archive  the emails a file sender wrote (for the developer mailbox)
     * @param webhooks checks webhook addresses and POSTs events to them
     * @param clock    the clock (UTC)
     * @param settings the core's settings
     * @return the driving ports
     */
    public static Core create(Storage storage, NotificationSender sender, SentMailArchive archive,
                              WebhookSender webhooks, Clock clock, CoreSettings settings) {
        Transactions tx = new Transactions(storage.unitOfWork(), new Changes.Factory(storage.subscriptions()),
                new EventTranslator(storage));
        Work work = new Work(tx, clock, new Views(storage, clock));
        return new Core(customerPortal(storage, work, settings), partnerOperations(storage, work, settings),
                new ReactivateSubscription(work, new Graphs(storage.subscriptions()), storage.subscriptions(),
                        sites(storage, settings)),
                new SignInService(storage, tx, clock, settings.sessions()),
                new ApiAuthenticationService(storage, clock),
                new AdministrationService(storage, tx, clock),
                new PersonalDataService(storage, work, history(storage)),
                new NotificationDeliveryService(storage, sender, clock, settings,
                        System.getLogger(NotificationDelivery.class.getName())),
                new DevMailboxService(archive),
                new IdempotencyService(storage.idempotency(), tx, storage.unitOfWork(), clock),
                new HousekeepingService(storage, work, clock, settings.sessions()),
                new PartnerIntegrationsService(tx, storage.webhooks(), storage.events(), webhooks, clock,
                        new PartnerKeys(storage, tx, clock)),
                new WebhookDeliveryService(storage.webhooks(), storage.events(), webhooks, clock,
                        settings.instanceName()));
    }

    private static Sites sites(Storage storage, CoreSettings settings) {
        return new Sites(storage.sites(), storage.subscriptions(), storage.catalogue(), settings.siteDomain());
    }

    private static HistoryPages history(Storage storage) {
        return new HistoryPages(storage.history(), storage.people(), storage.partners(), storage.catalogue());
    }

    private static PartnerOperations partnerOperations(Storage storage, Work work, CoreSettings settings) {
        PartnerAccess access = new PartnerAccess(storage.subscriptions(), storage.billingAccounts());
        Graphs graphs = new Graphs(storage.subscriptions());
        People people = new People(storage.people());
        return new PartnerOperationsService(new PartnerOperationsService.UseCases(
                new BillingAccounts(work, storage.billingAccounts()),
                new PlaceOrder(work, access, storage.catalogue(), storage.subscriptions(), sites(storage, settings),
                        storage.organizations(), people),
                new PartnerReads(work, access, storage.sheets(), history(storage)),
                contactChanges(storage, work, access),
                new UsageReports(work, access),
                new MoveSubscription(work, graphs, access, storage.billingAccounts()),
                cancellations(storage, work, access),
                new MigrateSites(work, sites(storage, settings), storage.subscriptions(), storage.people()),
                new ChangePlans(work, access)));
    }

    private static CustomerPortal customerPortal(Storage storage, Work work, CoreSettings settings) {
        PartnerAccess partners = new PartnerAccess(storage.subscriptions(), storage.billingAccounts());
        ContactAccess contacts = new ContactAccess(storage.subscriptions(), storage.sheets());
        return new CustomerPortalService(new CustomerPortalService.UseCases(
                new PortalList(work, storage.contactList()),
                new PortalDetails(work, contacts, storage.sheets(), history(storage)),
                cancellations(storage, work, partners),
                new SetUpSubscription(work, contacts, storage.subscriptions(), storage.catalogue(),
                        sites(storage, settings)),
                contactChanges(storage, work, partners),
                new Profiles(work, storage.people(), storage.signingKeys()),
                new EmailLog(work, storage.people(), storage.outbox())));
    }

    private static ContactChanges contactChanges(Storage storage, Work work, PartnerAccess partners) {
        return new ContactChanges(work, new People(storage.people()), storage.people(), partners,
                new ContactAccess(storage.subscriptions(), storage.sheets()));
    }

    private static CancelSubscription cancellations(Storage storage, Work work, PartnerAccess partners) {
        return new CancelSubscription(work, new Graphs(storage.subscriptions()), storage.catalogue(), partners,
                new ContactAccess(storage.subscriptions(), storage.sheets()), storage.sheets());
    }
}
