package io.partnerportal.core.testing;

import io.partnerportal.core.Core;
import io.partnerportal.core.CoreSettings;
import io.partnerportal.core.application.DeliveryReport;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.operations.Administration;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.port.out.Storage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The core wired to the in-memory fakes, a movable clock and a recording sender - what tests of
 * the core and of the driving adapters start from. Helpers place the usual orders in one line.
 */
public final class PortalFixture {
    public final MutableClock clock;
    public final Storage storage;
    public final RecordingNotificationSender mail;
    public final RecordingWebhookSender webhooks;
    public final Core core;
    /** The trace the core sees as under way (O4); null: none. */
    private final java.util.concurrent.atomic.AtomicReference<String> trace = new java.util.concurrent.atomic.AtomicReference<>();

    private PortalFixture(MutableClock clock, Storage storage) {
        this.clock = clock;
        this.storage = storage;
        this.mail = new RecordingNotificationSender(clock);
        this.webhooks = new RecordingWebhookSender();
        this.core = Core.builder(storage, mail).mailArchive(mail).webhooks(webhooks).clock(clock)
                .settings(CoreSettings.defaults().withInstanceName("test"))
                .trace(() -> java.util.Optional.ofNullable(trace.get())).build();
    }

    /** A fixture whose clock shows 09:00 UTC on {@code isoDate}. */
    public static PortalFixture on(String isoDate) {
        return new PortalFixture(MutableClock.at(isoDate), InMemoryStorage.create());
    }

    public static PortalFixture on(String isoDate, Storage storage) {
        return new PortalFixture(MutableClock.at(isoDate), storage);
    }

    /**
     * Runs {@code work} as a request of the trace {@code traceParent} would (O4): what it queues
     * keeps the trace.
     *
     * @param traceParent the W3C {@code traceparent} under way
     * @param work        what the request does
     */
    public void inTrace(String traceParent, Runnable work) {
        trace.set(traceParent);
        try {
            work.run();
        } finally {
            trace.set(null);
        }
    }

    public PartnerOperations partners() {
        return core.partnerOperations();
    }

    /** A new partner; its API key is in the answer. */
    public Administration.PartnerCreated partner(String name) {
        return core.administration().createPartner(new Administration.CreatePartner(name,
                "billing@" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example"));
    }

    public static PartnerId id(Administration.PartnerCreated p) {
        return PartnerId.parse(p.partnerId());
    }

    public String account(PartnerId partner, String name) {
        return partners().createBillingAccount(PartnerOperations.CreateBillingAccount.parse(partner, name)).id();
    }

    public Order order(PartnerId partner, String accountId, String product) {
        return new Order(partner, accountId, product);
    }

    /** The person with {@code email}, who must exist. */
    public PersonId person(String email) {
        return storage.people().findByEmail(EmailAddress.parse(email)).orElseThrow().id();
    }

    /** Issues the sign-in links asked for, then runs delivery passes until nothing due is left. */
    public void deliverAll() {
        core.signIn().sendRequestedLinks();
        DeliveryReport r;
        int guard = 0;
        do {
            r = core.notificationDelivery().deliverDue();
        } while (r.claimed() > 0 && ++guard < 1000);
    }

    public List<NotificationType> delivered(String email) {
        deliverAll();
        return mail.typesSentTo(email);
    }

    /** An order under construction: {@code fx.order(p, acct, "jira").site("acme").contact("ken@example.jp").place()}. */
    public final class Order {
        private final PartnerId partner;
        private final String accountId;
        private final String product;
        private String plan = "STANDARD";
        private String cycle = "ANNUAL";
        private Integer userTier = 50;
        private String startDate;
        private String siteUrl;
        private String organization;
        private List<String> hosts;
        private final List<Contact.Form> contacts = new ArrayList<>();

        private Order(PartnerId partner, String accountId, String product) {
            this.partner = partner;
            this.accountId = accountId;
            this.product = product;
        }

        public Order plan(String p) {
            this.plan = p;
            return this;
        }

        public Order cycle(String c) {
            this.cycle = c;
            return this;
        }

        public Order userTier(Integer t) {
            this.userTier = t;
            return this;
        }

        public Order start(String isoDate) {
            this.startDate = isoDate;
            return this;
        }

        /** A site name (the default domain is added) or a full site URL. */
        public Order site(String site) {
            this.siteUrl = site.contains(".") ? site : site + "." + CoreSettings.DEFAULT_SITE_DOMAIN;
            return this;
        }

        public Order organization(String name) {
            this.organization = name;
            return this;
        }

        public Order hosts(String... entitlementNumbers) {
            this.hosts = Arrays.asList(entitlementNumbers);
            return this;
        }

        public Order contact(String email) {
            return contact(email, email.substring(0, email.indexOf('@')), "en");
        }

        public Order contact(String email, String name, String locale) {
            contacts.add(new Contact.Form(email, name, locale, null));
            return this;
        }

        /** R19: a contact with a role, MANAGER or VIEWER. */
        public Order contact(String email, String name, String locale, String role) {
            contacts.add(new Contact.Form(email, name, locale, role));
            return this;
        }

        public io.partnerportal.core.domain.order.Order command() {
            return io.partnerportal.core.domain.order.Order.parse(partner, new io.partnerportal.core.domain.order.Order.Form(
                    accountId, product, plan, cycle, userTier, startDate, siteUrl, organization, hosts,
                    List.copyOf(contacts)));
        }

        public List<SubscriptionView> place() {
            return partners().order(command());
        }

        /** The first subscription the order creates (the collection for a collection order). */
        public SubscriptionView placeOne() {
            return place().get(0);
        }
    }
}
