package io.partnerportal.core.domain.subscription;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything stored about one subscription, as an immutable snapshot: what repositories keep and
 * what {@link Subscription#restore(SubscriptionState)} rebuilds the aggregate from; build one by name
 * with {@link #builder()}. Status, bill
 * date and days are derived from these dates and the clock (R2, R3), never stored.
 *
 * @param number       the entitlement number (R1)
 * @param kind         product, app or collection
 * @param product      the catalogue product
 * @param partner      the billing partner
 * @param billingAccount the billing account it belongs to
 * @param plan         its plan
 * @param billingCycle its billing cycle
 * @param userTier     the licensed user count
 * @param activeUsers  the users actually active, as last reported; null until reported
 * @param startDate    the day it starts
 * @param termStart    the term anchor: the start date, or the reactivation date (R3, R8)
 * @param site         the site it is set up on, or null
 * @param organization the organization it is set up on, or null
 * @param collection   for an included product, its collection (kept after detachment, see {@code detachOn})
 * @param detachOn     for a kept included product, the date it continues standalone (R6)
 * @param hosts        for an app, every product subscription it was installed on
 * @param contacts     the customer contacts, in the order they were assigned
 * @param viewers      the contacts whose role is {@link ContactRole#VIEWER} (R19); every other contact manages
 * @param requested    a cancellation somebody asked for
 * @param cascaded     a cancellation caused by a host or the collection (R5, R6)
 * @param createdAt    when it was ordered
 * @param version      the optimistic-lock version; repositories refuse a stale one
 * @param pendingChange a plan, tier or cycle change waiting for its date (R16), or null
 */
public record SubscriptionState(
        EntitlementNumber number,
        SubscriptionKind kind,
        ProductCode product,
        PartnerId partner,
        BillingAccountId billingAccount,
        Plan plan,
        BillingCycle billingCycle,
        int userTier,
        Integer activeUsers,
        LocalDate startDate,
        LocalDate termStart,
        SiteUrl site,
        OrganizationName organization,
        EntitlementNumber collection,
        LocalDate detachOn,
        List<EntitlementNumber> hosts,
        List<PersonId> contacts,
        List<PersonId> viewers,
        Cancellation requested,
        Cancellation cascaded,
        Instant createdAt,
        long version,
        PlanChange pendingChange) {

    /**
     * Copies the lists and checks what every subscription has: hosts for apps alone, a detachment
     * for included products alone.
     *
     * @param number         the entitlement number (R1)
     * @param kind           product, app or collection
     * @param product        the catalogue product
     * @param partner        the billing partner
     * @param billingAccount the billing account it belongs to
     * @param plan           its plan
     * @param billingCycle   its billing cycle
     * @param userTier       the licensed user count
     * @param activeUsers    the users actually active, as last reported; null until reported
     * @param startDate      the day it starts
     * @param termStart      the term anchor: the start date, or the reactivation date (R3, R8)
     * @param site           the site it is set up on, or null
     * @param organization   the organization it is set up on, or null
     * @param collection     for an included product, its collection (kept after detachment, see {@code detachOn})
     * @param detachOn       for a kept included product, the date it continues standalone (R6)
     * @param hosts          for an app, every product subscription it was installed on
     * @param contacts       the customer contacts, in the order they were assigned
     * @param viewers        the contacts whose role is {@link ContactRole#VIEWER} (R19); every other contact manages
     * @param requested      a cancellation somebody asked for
     * @param cascaded       a cancellation caused by a host or the collection (R5, R6)
     * @param createdAt      when it was ordered
     * @param version        the optimistic-lock version; repositories refuse a stale one
     * @param pendingChange  a plan, tier or cycle change waiting for its date (R16), or null
     */
    public SubscriptionState {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(billingAccount, "billingAccount");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(createdAt, "createdAt");
        hosts = List.copyOf(hosts);
        contacts = List.copyOf(contacts);
        viewers = viewers == null ? List.of() : List.copyOf(viewers);
        if (!contacts.containsAll(viewers)) {
            throw new IllegalArgumentException(number + ": a viewer is one of its contacts");
        }
        if (kind == SubscriptionKind.APP && hosts.isEmpty()) {
            throw new IllegalArgumentException(number + ": an app has at least one host");
        }
        if (kind != SubscriptionKind.APP && !hosts.isEmpty()) {
            throw new IllegalArgumentException(number + ": only an app has hosts");
        }
        if (detachOn != null && collection == null) {
            throw new IllegalArgumentException(number + ": only an included product is detached");
        }
    }

    /** @return the cancellation that applies: the earlier of the requested and the cascaded one */
    public Optional<Cancellation> cancellation() {
        return Cancellation.applying(requested, cascaded);
    }

    /** @return a builder holding every part of this state, to build a changed copy by name */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A state built by name: what a store rebuilds from its rows, what an order creates. Lists left
     * unset are empty; the term anchor left unset is the start date; the version left unset is 0.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param newVersion the version the store gave it
     * @return the same subscription at {@code newVersion}
     */
    public SubscriptionState withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    SubscriptionState withBillingAccount(BillingAccountId to) {
        return toBuilder().billingAccount(to).build();
    }

    SubscriptionState withActiveUsers(Integer users) {
        return toBuilder().activeUsers(users).build();
    }

    SubscriptionState withPlace(SiteUrl newSite, OrganizationName newOrganization) {
        return toBuilder().site(newSite).organization(newOrganization).build();
    }

    SubscriptionState withDetachOn(LocalDate date) {
        return toBuilder().detachOn(date).build();
    }

    SubscriptionState withContact(PersonId person, ContactRole role) {
        List<PersonId> people = new ArrayList<>(contacts);
        if (!people.contains(person)) {
            people.add(person);
        }
        List<PersonId> newViewers = new ArrayList<>(viewers);
        newViewers.remove(person);
        if (role == ContactRole.VIEWER) {
            newViewers.add(person);
        }
        return toBuilder().contacts(people).viewers(newViewers).build();
    }

    SubscriptionState withoutContact(PersonId person) {
        return toBuilder().contacts(contacts.stream().filter(p -> !p.equals(person)).toList())
                .viewers(viewers.stream().filter(p -> !p.equals(person)).toList()).build();
    }

    SubscriptionState withCancellations(Cancellation newRequested, Cancellation newCascaded, LocalDate newTermStart) {
        return toBuilder().requested(newRequested).cascaded(newCascaded).termStart(newTermStart).build();
    }

    SubscriptionState withPlan(Plan newPlan, int newTier, BillingCycle newCycle, LocalDate newTermStart,
                               PlanChange pending) {
        return toBuilder().plan(newPlan).userTier(newTier).billingCycle(newCycle).termStart(newTermStart)
                .pendingChange(pending).build();
    }

    /** Builds a {@link SubscriptionState} by name; {@link #build()} checks it as the record does. */
    public static final class Builder {
        private EntitlementNumber number;
        private SubscriptionKind kind;
        private ProductCode product;
        private PartnerId partner;
        private BillingAccountId billingAccount;
        private Plan plan;
        private BillingCycle billingCycle;
        private int userTier;
        private Integer activeUsers;
        private LocalDate startDate;
        private LocalDate termStart;
        private SiteUrl site;
        private OrganizationName organization;
        private EntitlementNumber collection;
        private LocalDate detachOn;
        private List<EntitlementNumber> hosts = List.of();
        private List<PersonId> contacts = List.of();
        private List<PersonId> viewers = List.of();
        private Cancellation requested;
        private Cancellation cascaded;
        private Instant createdAt;
        private long version;
        private PlanChange pendingChange;

        private Builder() {
        }

        private Builder(SubscriptionState s) {
            number = s.number;
            kind = s.kind;
            product = s.product;
            partner = s.partner;
            billingAccount = s.billingAccount;
            plan = s.plan;
            billingCycle = s.billingCycle;
            userTier = s.userTier;
            activeUsers = s.activeUsers;
            startDate = s.startDate;
            termStart = s.termStart;
            site = s.site;
            organization = s.organization;
            collection = s.collection;
            detachOn = s.detachOn;
            hosts = s.hosts;
            contacts = s.contacts;
            viewers = s.viewers;
            requested = s.requested;
            cascaded = s.cascaded;
            createdAt = s.createdAt;
            version = s.version;
            pendingChange = s.pendingChange;
        }

        /**
         * @param value the entitlement number (R1)
         * @return this builder
         */
        public Builder number(EntitlementNumber value) {
            number = value;
            return this;
        }

        /**
         * @param value product, app or collection
         * @return this builder
         */
        public Builder kind(SubscriptionKind value) {
            kind = value;
            return this;
        }

        /**
         * @param value the catalogue product
         * @return this builder
         */
        public Builder product(ProductCode value) {
            product = value;
            return this;
        }

        /**
         * @param value the billing partner
         * @return this builder
         */
        public Builder partner(PartnerId value) {
            partner = value;
            return this;
        }

        /**
         * @param value the billing account it belongs to
         * @return this builder
         */
        public Builder billingAccount(BillingAccountId value) {
            billingAccount = value;
            return this;
        }

        /**
         * @param value its plan
         * @return this builder
         */
        public Builder plan(Plan value) {
            plan = value;
            return this;
        }

        /**
         * @param value its billing cycle
         * @return this builder
         */
        public Builder billingCycle(BillingCycle value) {
            billingCycle = value;
            return this;
        }

        /**
         * @param value the licensed user count
         * @return this builder
         */
        public Builder userTier(int value) {
            userTier = value;
            return this;
        }

        /**
         * @param value the users actually active, as last reported; null until reported
         * @return this builder
         */
        public Builder activeUsers(Integer value) {
            activeUsers = value;
            return this;
        }

        /**
         * @param value the day it starts
         * @return this builder
         */
        public Builder startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        /**
         * @param value the term anchor (R3, R8); left unset, the start date
         * @return this builder
         */
        public Builder termStart(LocalDate value) {
            termStart = value;
            return this;
        }

        /**
         * @param value the site it is set up on, or null
         * @return this builder
         */
        public Builder site(SiteUrl value) {
            site = value;
            return this;
        }

        /**
         * @param value the organization it is set up on, or null
         * @return this builder
         */
        public Builder organization(OrganizationName value) {
            organization = value;
            return this;
        }

        /**
         * @param value for an included product, its collection, or null
         * @return this builder
         */
        public Builder collection(EntitlementNumber value) {
            collection = value;
            return this;
        }

        /**
         * @param value for a kept included product, the date it continues standalone (R6), or null
         * @return this builder
         */
        public Builder detachOn(LocalDate value) {
            detachOn = value;
            return this;
        }

        /**
         * @param value for an app, every product subscription it was installed on
         * @return this builder
         */
        public Builder hosts(List<EntitlementNumber> value) {
            hosts = value;
            return this;
        }

        /**
         * @param value the customer contacts, in the order they were assigned
         * @return this builder
         */
        public Builder contacts(List<PersonId> value) {
            contacts = value;
            return this;
        }

        /**
         * @param value the contacts whose role is {@link ContactRole#VIEWER} (R19)
         * @return this builder
         */
        public Builder viewers(List<PersonId> value) {
            viewers = value;
            return this;
        }

        /**
         * @param value a cancellation somebody asked for, or null
         * @return this builder
         */
        public Builder requested(Cancellation value) {
            requested = value;
            return this;
        }

        /**
         * @param value a cancellation caused by a host or the collection (R5, R6), or null
         * @return this builder
         */
        public Builder cascaded(Cancellation value) {
            cascaded = value;
            return this;
        }

        /**
         * @param value when it was ordered
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        /**
         * @param value the optimistic-lock version
         * @return this builder
         */
        public Builder version(long value) {
            version = value;
            return this;
        }

        /**
         * @param value a plan, tier or cycle change waiting for its date (R16), or null
         * @return this builder
         */
        public Builder pendingChange(PlanChange value) {
            pendingChange = value;
            return this;
        }

        /** @return the state, checked as {@link SubscriptionState} checks every state */
        public SubscriptionState build() {
            return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                    activeUsers, startDate, termStart == null ? startDate : termStart, site, organization,
                    collection, detachOn, hosts, contacts, viewers, requested, cascaded, createdAt, version,
                    pendingChange);
        }
    }
}
