package io.partnerportal.core.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The driven ports a store provides, built by name: a persistence adapter (or the in-memory fakes)
 * hands {@link io.partnerportal.core.Core} one of these, and only the core's wiring reads it - each use
 * case is given the ports it calls. The subscription side is required; the stores only the web app
 * needs (sessions, sign-in links and requests, API keys, idempotency records, the events feed,
 * webhooks and the requests to partners) are optional, each defaulting to its {@code none()} store, so an embedder implements the
 * subscription side alone. {@link #toBuilder()} swaps one port and keeps the others.
 *
 * <pre>{@code
 * Storage storage = Storage.builder()
 *         .unitOfWork(myUnitOfWork).subscriptions(mySubscriptions)...  // every required port
 *         .build();
 * Storage withMyOutbox = storage.toBuilder().outbox(myOutbox).build();
 * }</pre>
 */
public final class Storage {
    private final UnitOfWork unitOfWork;
    private final SubscriptionRepository subscriptions;
    private final ContactListQuery contactList;
    private final SubscriptionSheets sheets;
    private final HistoryRepository history;
    private final BillingAccountRepository billingAccounts;
    private final PartnerRepository partners;
    private final PersonRepository people;
    private final SiteRepository sites;
    private final OrganizationRepository organizations;
    private final Catalogue catalogue;
    private final NotificationOutbox outbox;
    private final SigningKeys signingKeys;
    private final ReminderLog reminders;
    private final SessionRepository sessions;
    private final SignInTokenRepository signInTokens;
    private final SignInRequests signInRequests;
    private final ApiKeyRepository apiKeys;
    private final IdempotencyStore idempotency;
    private final PartnerEventStore events;
    private final WebhookStore webhooks;
    private final RequestStore requests;

    private Storage(Builder b) {
        this.unitOfWork = b.unitOfWork;
        this.subscriptions = b.subscriptions;
        this.contactList = b.contactList;
        this.sheets = b.sheets;
        this.history = b.history;
        this.billingAccounts = b.billingAccounts;
        this.partners = b.partners;
        this.people = b.people;
        this.sites = b.sites;
        this.organizations = b.organizations;
        this.catalogue = b.catalogue;
        this.outbox = b.outbox;
        this.signingKeys = b.signingKeys;
        this.reminders = b.reminders;
        this.sessions = b.sessions;
        this.signInTokens = b.signInTokens;
        this.signInRequests = b.signInRequests;
        this.apiKeys = b.apiKeys;
        this.idempotency = b.idempotency;
        this.events = b.events;
        this.webhooks = b.webhooks;
        this.requests = b.requests;
    }

    /** @return a builder with no port named yet: every required port must be, the optional ones may be */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding every port of this store, to replace some of them */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.unitOfWork = unitOfWork;
        b.subscriptions = subscriptions;
        b.contactList = contactList;
        b.sheets = sheets;
        b.history = history;
        b.billingAccounts = billingAccounts;
        b.partners = partners;
        b.people = people;
        b.sites = sites;
        b.organizations = organizations;
        b.catalogue = catalogue;
        b.outbox = outbox;
        b.signingKeys = signingKeys;
        b.reminders = reminders;
        b.sessions = sessions;
        b.signInTokens = signInTokens;
        b.signInRequests = signInRequests;
        b.apiKeys = apiKeys;
        b.idempotency = idempotency;
        b.events = events;
        b.webhooks = webhooks;
        b.requests = requests;
        return b;
    }

    /** @return the transactions */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** @return the subscriptions */
    public SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    /** @return the read side of a contact's list page */
    public ContactListQuery contactList() {
        return contactList;
    }

    /** @return the read side of a subscription's pages and the partner API's reads */
    public SubscriptionSheets sheets() {
        return sheets;
    }

    /** @return the subscriptions' history */
    public HistoryRepository history() {
        return history;
    }

    /** @return the billing accounts */
    public BillingAccountRepository billingAccounts() {
        return billingAccounts;
    }

    /** @return the billing partners */
    public PartnerRepository partners() {
        return partners;
    }

    /** @return the people */
    public PersonRepository people() {
        return people;
    }

    /** @return the sites */
    public SiteRepository sites() {
        return sites;
    }

    /** @return the admin organizations */
    public OrganizationRepository organizations() {
        return organizations;
    }

    /** @return the product catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the notification outbox */
    public NotificationOutbox outbox() {
        return outbox;
    }

    /** @return the keys links are signed with */
    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /** @return the reminders already due (R17) */
    public ReminderLog reminders() {
        return reminders;
    }

    /** @return the contacts' sessions; SessionRepository#none() when the store keeps none */
    public SessionRepository sessions() {
        return sessions;
    }

    /** @return the sign-in links; SignInTokenRepository#none() when the store keeps none */
    public SignInTokenRepository signInTokens() {
        return signInTokens;
    }

    /** @return sign-in links asked for, not yet issued; SignInRequests#none() when the store keeps none */
    public SignInRequests signInRequests() {
        return signInRequests;
    }

    /** @return the API keys; ApiKeyRepository#none() when the store keeps none */
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    /** @return the idempotency records; IdempotencyStore#none() when the store keeps none */
    public IdempotencyStore idempotency() {
        return idempotency;
    }

    /** @return the partners' events feed; PartnerEventStore#none() when the store keeps none */
    public PartnerEventStore events() {
        return events;
    }

    /** @return the partners' webhook endpoints and deliveries; WebhookStore#none() when the store keeps none */
    public WebhookStore webhooks() {
        return webhooks;
    }

    /** @return the requests to the billing partners (R23); RequestStore#none() when the store keeps none */
    public RequestStore requests() {
        return requests;
    }

    /**
     * Names a store's ports; {@link #build()} refuses, naming them, when a required one is missing.
     */
    public static final class Builder {
        private UnitOfWork unitOfWork;
        private SubscriptionRepository subscriptions;
        private ContactListQuery contactList;
        private SubscriptionSheets sheets;
        private HistoryRepository history;
        private BillingAccountRepository billingAccounts;
        private PartnerRepository partners;
        private PersonRepository people;
        private SiteRepository sites;
        private OrganizationRepository organizations;
        private Catalogue catalogue;
        private NotificationOutbox outbox;
        private SigningKeys signingKeys;
        private ReminderLog reminders;
        private SessionRepository sessions = SessionRepository.none();
        private SignInTokenRepository signInTokens = SignInTokenRepository.none();
        private SignInRequests signInRequests = SignInRequests.none();
        private ApiKeyRepository apiKeys = ApiKeyRepository.none();
        private IdempotencyStore idempotency = IdempotencyStore.none();
        private PartnerEventStore events = PartnerEventStore.none();
        private WebhookStore webhooks = WebhookStore.none();
        private RequestStore requests = RequestStore.none();

        private Builder() {
        }

        /**
         * @param port the transactions
         * @return this builder
         */
        public Builder unitOfWork(UnitOfWork port) {
            this.unitOfWork = Objects.requireNonNull(port, "unitOfWork");
            return this;
        }

        /**
         * @param port the subscriptions
         * @return this builder
         */
        public Builder subscriptions(SubscriptionRepository port) {
            this.subscriptions = Objects.requireNonNull(port, "subscriptions");
            return this;
        }

        /**
         * @param port the read side of a contact's list page
         * @return this builder
         */
        public Builder contactList(ContactListQuery port) {
            this.contactList = Objects.requireNonNull(port, "contactList");
            return this;
        }

        /**
         * @param port the read side of a subscription's pages and the partner API's reads
         * @return this builder
         */
        public Builder sheets(SubscriptionSheets port) {
            this.sheets = Objects.requireNonNull(port, "sheets");
            return this;
        }

        /**
         * @param port the subscriptions' history
         * @return this builder
         */
        public Builder history(HistoryRepository port) {
            this.history = Objects.requireNonNull(port, "history");
            return this;
        }

        /**
         * @param port the billing accounts
         * @return this builder
         */
        public Builder billingAccounts(BillingAccountRepository port) {
            this.billingAccounts = Objects.requireNonNull(port, "billingAccounts");
            return this;
        }

        /**
         * @param port the billing partners
         * @return this builder
         */
        public Builder partners(PartnerRepository port) {
            this.partners = Objects.requireNonNull(port, "partners");
            return this;
        }

        /**
         * @param port the people
         * @return this builder
         */
        public Builder people(PersonRepository port) {
            this.people = Objects.requireNonNull(port, "people");
            return this;
        }

        /**
         * @param port the sites
         * @return this builder
         */
        public Builder sites(SiteRepository port) {
            this.sites = Objects.requireNonNull(port, "sites");
            return this;
        }

        /**
         * @param port the admin organizations
         * @return this builder
         */
        public Builder organizations(OrganizationRepository port) {
            this.organizations = Objects.requireNonNull(port, "organizations");
            return this;
        }

        /**
         * @param port the product catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue port) {
            this.catalogue = Objects.requireNonNull(port, "catalogue");
            return this;
        }

        /**
         * @param port the notification outbox
         * @return this builder
         */
        public Builder outbox(NotificationOutbox port) {
            this.outbox = Objects.requireNonNull(port, "outbox");
            return this;
        }

        /**
         * @param port the keys links are signed with
         * @return this builder
         */
        public Builder signingKeys(SigningKeys port) {
            this.signingKeys = Objects.requireNonNull(port, "signingKeys");
            return this;
        }

        /**
         * @param port the reminders already due (R17)
         * @return this builder
         */
        public Builder reminders(ReminderLog port) {
            this.reminders = Objects.requireNonNull(port, "reminders");
            return this;
        }

        /**
         * @param port the contacts' sessions (optional: the web app's)
         * @return this builder
         */
        public Builder sessions(SessionRepository port) {
            this.sessions = Objects.requireNonNull(port, "sessions");
            return this;
        }

        /**
         * @param port the sign-in links (optional: the web app's)
         * @return this builder
         */
        public Builder signInTokens(SignInTokenRepository port) {
            this.signInTokens = Objects.requireNonNull(port, "signInTokens");
            return this;
        }

        /**
         * @param port sign-in links asked for, not yet issued (optional: the web app's)
         * @return this builder
         */
        public Builder signInRequests(SignInRequests port) {
            this.signInRequests = Objects.requireNonNull(port, "signInRequests");
            return this;
        }

        /**
         * @param port the API keys (optional: the web app's)
         * @return this builder
         */
        public Builder apiKeys(ApiKeyRepository port) {
            this.apiKeys = Objects.requireNonNull(port, "apiKeys");
            return this;
        }

        /**
         * @param port the idempotency records (optional: the web app's)
         * @return this builder
         */
        public Builder idempotency(IdempotencyStore port) {
            this.idempotency = Objects.requireNonNull(port, "idempotency");
            return this;
        }

        /**
         * @param port the partners' events feed (optional: the web app's)
         * @return this builder
         */
        public Builder events(PartnerEventStore port) {
            this.events = Objects.requireNonNull(port, "events");
            return this;
        }

        /**
         * @param port the partners' webhook endpoints and deliveries (optional: the web app's)
         * @return this builder
         */
        public Builder webhooks(WebhookStore port) {
            this.webhooks = Objects.requireNonNull(port, "webhooks");
            return this;
        }

        /**
         * @param port the requests to the billing partners, R23 (optional: the web app's)
         * @return this builder
         */
        public Builder requests(RequestStore port) {
            this.requests = Objects.requireNonNull(port, "requests");
            return this;
        }

        /**
         * @return the store
         * @throws IllegalStateException naming every required port not given
         */
        public Storage build() {
            List<String> missing = new ArrayList<>();
            if (unitOfWork == null) {
                missing.add("unitOfWork");
            }
            if (subscriptions == null) {
                missing.add("subscriptions");
            }
            if (contactList == null) {
                missing.add("contactList");
            }
            if (sheets == null) {
                missing.add("sheets");
            }
            if (history == null) {
                missing.add("history");
            }
            if (billingAccounts == null) {
                missing.add("billingAccounts");
            }
            if (partners == null) {
                missing.add("partners");
            }
            if (people == null) {
                missing.add("people");
            }
            if (sites == null) {
                missing.add("sites");
            }
            if (organizations == null) {
                missing.add("organizations");
            }
            if (catalogue == null) {
                missing.add("catalogue");
            }
            if (outbox == null) {
                missing.add("outbox");
            }
            if (signingKeys == null) {
                missing.add("signingKeys");
            }
            if (reminders == null) {
                missing.add("reminders");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a store names every required port; missing: "
                        + String.join(", ", missing));
            }
            return new Storage(this);
        }
    }
}
