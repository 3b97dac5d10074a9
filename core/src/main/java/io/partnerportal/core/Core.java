package io.partnerportal.core;

import io.partnerportal.core.application.Cancelling;
import io.partnerportal.core.application.EventTranslator;
import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.KeyRevocation;
import io.partnerportal.core.application.PartnerEvents;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Requests;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.operations.DevMailbox;
import io.partnerportal.core.operations.Housekeeping;
import io.partnerportal.core.operations.NotificationDelivery;
import io.partnerportal.core.operations.PersonalData;
import io.partnerportal.core.operations.WebhookDelivery;
import io.partnerportal.core.partner.Idempotency;
import io.partnerportal.core.partner.PartnerIntegrations;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.SentMailArchive;
import io.partnerportal.core.port.out.Storage;
import io.partnerportal.core.port.out.TraceContext;
import io.partnerportal.core.port.out.WebhookSender;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.signin.ApiAuthentication;
import io.partnerportal.core.signin.SignIn;
import io.partnerportal.core.support.SupportOperations;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The core wired with plain constructors: hand it the driven ports, get the driving ports - all an
 * embedding application needs (no framework); the bundled app's Guice module calls it too.
 *
 * <pre>{@code
 * Core core = Core.builder(storage, mailSender).clock(clock).build();
 * core.partnerOperations().order(...);
 * }</pre>
 *
 * Besides answering its callers, the core has work that runs on the clock; the application schedules
 * it: {@link NotificationDelivery#deliverDue()} (every few seconds, after
 * {@link SignIn#sendRequestedLinks()}), {@link WebhookDelivery#deliverDue()} (as often), and
 * {@link Housekeeping#sendDueReminders()} and {@link Housekeeping#purgeExpired()} (every minute or so).
 */
public final class Core {
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

    /** The archive of a core wired without a file mail sender: the developer mailbox is empty. */
    private static final SentMailArchive NO_ARCHIVE = new SentMailArchive() {
        @Override
        public List<ArchivedMail> recent(int limit) {
            return List.of();
        }

        @Override
        public Optional<ArchivedMail> find(String id) {
            return Optional.empty();
        }
    };

    private final CustomerPortal customerPortal;
    private final PartnerOperations partnerOperations;
    private final PartnerIntegrations partnerIntegrations;
    private final Idempotency idempotency;
    private final SupportOperations supportOperations;
    private final SignIn signIn;
    private final ApiAuthentication apiAuthentication;
    private final Administration administration;
    private final PersonalData personalData;
    private final NotificationDelivery notificationDelivery;
    private final WebhookDelivery webhookDelivery;
    private final Housekeeping housekeeping;
    private final DevMailbox devMailbox;

    /** The one place that reads the whole {@link Storage}: each use case is given the ports it calls. */
    private Core(Builder b) {
        Storage s = b.storage;
        Clock clock = b.clock;
        CoreSettings settings = b.settings;
        PartnerEvents partnerEvents = new PartnerEvents(s.subscriptions(), s.events(), s.webhooks(), b.trace);
        EventTranslator translator = new EventTranslator(s.history(), s.outbox(), s.people(), s.partners(),
                s.catalogue(), partnerEvents, b.trace, b.mail::subject);
        Transactions tx = new Transactions(s.unitOfWork(), s.subscriptions(), translator, clock, s.reminders());
        Views views = new Views(s.subscriptions(), s.partners(), s.people(), s.catalogue(), clock);
        Sites sites = new Sites(s.sites(), s.subscriptions(), s.catalogue(), settings.siteDomain());
        Graphs graphs = new Graphs(s.subscriptions());
        HistoryPages history = new HistoryPages(s.history(), s.people(), s.partners(), s.catalogue());
        Cancelling cancelling = new Cancelling(graphs, views, s.sheets());
        People people = new People(s.people());
        KeyRevocation revocation = new KeyRevocation(s.apiKeys(), tx);
        Requests requests = new Requests(s.requests(), s.people(), s.subscriptions(), s.catalogue());

        this.customerPortal = CustomerPortal.create(tx, views, s.contactList(), s.sheets(), s.subscriptions(),
                s.catalogue(), sites, cancelling, people, s.people(), history, s.signingKeys(), s.outbox(), requests,
                b.mail);
        this.partnerOperations = PartnerOperations.create(tx, views, s.subscriptions(), s.sheets(),
                s.billingAccounts(), s.catalogue(), s.organizations(), s.people(), sites, graphs, cancelling, people,
                history, requests);
        this.partnerIntegrations = PartnerIntegrations.create(tx, s.webhooks(), s.events(), b.webhooks, s.apiKeys(),
                revocation);
        this.idempotency = Idempotency.create(s.idempotency(), tx, s.unitOfWork());
        this.supportOperations = SupportOperations.create(tx, views, graphs, s.subscriptions(), sites);
        this.signIn = SignIn.create(tx, s.people(), s.signInRequests(), s.signInTokens(), s.sessions(),
                settings.sessions());
        this.apiAuthentication = ApiAuthentication.create(s.apiKeys(), s.unitOfWork(), clock);
        this.administration = Administration.create(tx, s.partners(), s.apiKeys(), s.people(), revocation);
        this.personalData = PersonalData.create(tx, s.people(), s.subscriptions(), s.partners(), s.catalogue(),
                s.history(), history, s.outbox(), s.sessions(), s.signInTokens(), s.signInRequests(), s.requests(),
                s.events());
        this.notificationDelivery = NotificationDelivery.create(s.outbox(), s.people(), s.signingKeys(), b.mail,
                clock, settings.instanceName(), settings.deliveryBatchSize(), settings.deliveryLease(),
                settings.deliveryPassBudget(), System.getLogger(NotificationDelivery.class.getName()),
                settings.emailWorkers());
        this.webhookDelivery = WebhookDelivery.create(s.webhooks(), s.events(), b.webhooks, clock,
                settings.instanceName(), System.getLogger(WebhookDelivery.class.getName()), settings.webhookWorkers());
        this.housekeeping = Housekeeping.create(tx, s.sessions(), settings.sessions(), s.signInTokens(),
                s.idempotency(), Idempotency.KEPT, s.webhooks(), s.events(), s.partners(), s.subscriptions(),
                s.reminders(), s.outbox(), settings.mailRetention());
        this.devMailbox = DevMailbox.create(b.mailArchive);
    }

    /**
     * Starts wiring a core over a store and a mail sender; everything else has a default.
     *
     * @param storage the store's driven ports
     * @param mail    renders and sends emails
     * @return a builder
     */
    public static Builder builder(Storage storage, NotificationSender mail) {
        return new Builder(storage, mail);
    }

    /** @return what a signed-in contact does */
    public CustomerPortal customerPortal() {
        return customerPortal;
    }

    /** @return what a partner does through the API */
    public PartnerOperations partnerOperations() {
        return partnerOperations;
    }

    /** @return a partner's webhooks, events feed and API keys */
    public PartnerIntegrations partnerIntegrations() {
        return partnerIntegrations;
    }

    /** @return partner commands under an idempotency key */
    public Idempotency idempotency() {
        return idempotency;
    }

    /** @return what vendor support does */
    public SupportOperations supportOperations() {
        return supportOperations;
    }

    /** @return magic links and sessions */
    public SignIn signIn() {
        return signIn;
    }

    /** @return who presents an API key */
    public ApiAuthentication apiAuthentication() {
        return apiAuthentication;
    }

    /** @return the operators' admin commands */
    public Administration administration() {
        return administration;
    }

    /** @return a person's personal data, exported or erased on request */
    public PersonalData personalData() {
        return personalData;
    }

    /** @return the email outbox's delivery loop */
    public NotificationDelivery notificationDelivery() {
        return notificationDelivery;
    }

    /** @return the webhook outbox's delivery loop */
    public WebhookDelivery webhookDelivery() {
        return webhookDelivery;
    }

    /** @return reminders and purges, run on the clock */
    public Housekeeping housekeeping() {
        return housekeeping;
    }

    /** @return the embedded default's mailbox */
    public DevMailbox devMailbox() {
        return devMailbox;
    }

    /** Names what a core is wired with; {@link #build()} wires it. */
    public static final class Builder {
        private final Storage storage;
        private final NotificationSender mail;
        private Clock clock = Clock.systemUTC();
        private CoreSettings settings = CoreSettings.defaults();
        private WebhookSender webhooks = NO_WEBHOOKS;
        private SentMailArchive mailArchive = NO_ARCHIVE;
        private TraceContext trace = TraceContext.none();

        private Builder(Storage storage, NotificationSender mail) {
            this.storage = Objects.requireNonNull(storage, "storage");
            this.mail = Objects.requireNonNull(mail, "mail");
        }

        /**
         * @param value the clock the core reads time from (UTC); unset, the system's
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the core's settings; unset, {@link CoreSettings#defaults()}
         * @return this builder
         */
        public Builder settings(CoreSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value checks webhook addresses and POSTs events to them; unset, no endpoint can be
         *              registered (events are still recorded for the feed)
         * @return this builder
         */
        public Builder webhooks(WebhookSender value) {
            this.webhooks = Objects.requireNonNull(value, "webhooks");
            return this;
        }

        /**
         * @param value the emails a file mail sender wrote, for the developer mailbox; unset, it is empty
         * @return this builder
         */
        public Builder mailArchive(SentMailArchive value) {
            this.mailArchive = Objects.requireNonNull(value, "mailArchive");
            return this;
        }

        /**
         * @param value the trace of the request under way, kept with the emails and webhook
         *              deliveries a change queues so they carry it (O4); unset, none
         * @return this builder
         */
        public Builder trace(TraceContext value) {
            this.trace = Objects.requireNonNull(value, "trace");
            return this;
        }

        /** @return the core, its driving ports wired */
        public Core build() {
            return new Core(this);
        }
    }
}
