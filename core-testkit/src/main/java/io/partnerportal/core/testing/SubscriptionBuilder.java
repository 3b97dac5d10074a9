package io.partnerportal.core.testing;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.cancellation.Cancellation;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for subscriptions: {@code aProduct().product("jira").site("acme.atlassian.net").build()}.
 * Every field has a sensible default; the entitlement number is random.
 */
public final class SubscriptionBuilder {
    private EntitlementNumber number = randomNumber();
    private SubscriptionKind kind;
    private String product;
    private PartnerId partner = PartnerId.random();
    private BillingAccountId billingAccount = BillingAccountId.random();
    private Plan plan = Plan.STANDARD;
    private BillingCycle cycle = BillingCycle.ANNUAL;
    private int userTier = 50;
    private Integer activeUsers;
    private LocalDate startDate = LocalDate.of(2026, 1, 15);
    private LocalDate termStart;
    private SiteUrl site;
    private OrganizationName organization;
    private EntitlementNumber collection;
    private LocalDate detachOn;
    private List<EntitlementNumber> hosts = new ArrayList<>();
    private List<PersonId> contacts = new ArrayList<>(List.of(PersonId.random()));
    private List<PersonId> viewers = new ArrayList<>();
    private Cancellation requested;
    private Cancellation cascaded;
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
    private long version;
    private PlanChange pendingChange;

    private SubscriptionBuilder(SubscriptionKind kind, String product) {
        this.kind = kind;
        this.product = product;
    }

    public static EntitlementNumber randomNumber() {
        return EntitlementNumber.generate(ThreadLocalRandom.current());
    }

    public static SubscriptionBuilder aProduct() {
        return new SubscriptionBuilder(SubscriptionKind.PRODUCT, "jira");
    }

    public static SubscriptionBuilder aCollection() {
        return new SubscriptionBuilder(SubscriptionKind.COLLECTION, "teamwork-collection");
    }

    public static SubscriptionBuilder anApp(EntitlementNumber... hosts) {
        SubscriptionBuilder b = new SubscriptionBuilder(SubscriptionKind.APP, "scriptrunner");
        b.hosts = new ArrayList<>(Arrays.asList(hosts));
        return b;
    }

    /** An included product of {@code collection}, sharing its partner, account and dates. */
    public static SubscriptionBuilder includedIn(SubscriptionState collection, String product) {
        SubscriptionBuilder b = new SubscriptionBuilder(SubscriptionKind.PRODUCT, product);
        b.collection = collection.number();
        b.partner = collection.partner();
        b.billingAccount = collection.billingAccount();
        b.plan = collection.plan();
        b.cycle = collection.billingCycle();
        b.userTier = collection.userTier();
        b.startDate = collection.startDate();
        b.site = collection.site();
        b.contacts = new ArrayList<>(collection.contacts());
        b.viewers = new ArrayList<>(collection.viewers());
        return b;
    }

    public SubscriptionBuilder number(EntitlementNumber n) {
        this.number = n;
        return this;
    }

    public SubscriptionBuilder number(String n) {
        return number(new EntitlementNumber(n));
    }

    public SubscriptionBuilder product(String code) {
        this.product = code;
        return this;
    }

    public SubscriptionBuilder partner(PartnerId p) {
        this.partner = p;
        return this;
    }

    public SubscriptionBuilder billingAccount(BillingAccountId a) {
        this.billingAccount = a;
        return this;
    }

    public SubscriptionBuilder plan(Plan p) {
        this.plan = p;
        return this;
    }

    public SubscriptionBuilder cycle(BillingCycle c) {
        this.cycle = c;
        return this;
    }

    public SubscriptionBuilder userTier(int t) {
        this.userTier = t;
        return this;
    }

    public SubscriptionBuilder activeUsers(Integer u) {
        this.activeUsers = u;
        return this;
    }

    public SubscriptionBuilder startDate(LocalDate d) {
        this.startDate = d;
        return this;
    }

    public SubscriptionBuilder startDate(String d) {
        return startDate(LocalDate.parse(d));
    }

    public SubscriptionBuilder termStart(LocalDate d) {
        this.termStart = d;
        return this;
    }

    public SubscriptionBuilder site(String url) {
        this.site = url == null ? null : SiteUrl.of(url);
        return this;
    }

    public SubscriptionBuilder organization(String name) {
        this.organization = name == null ? null : new OrganizationName(name);
        return this;
    }

    public SubscriptionBuilder detachOn(LocalDate d) {
        this.detachOn = d;
        return this;
    }

    public SubscriptionBuilder hosts(EntitlementNumber... h) {
        this.hosts = new ArrayList<>(Arrays.asList(h));
        return this;
    }

    /** R19: makes these contacts viewers (they must be among its contacts). */
    public SubscriptionBuilder viewers(PersonId... people) {
        this.viewers = new ArrayList<>(Arrays.asList(people));
        return this;
    }

    public SubscriptionBuilder contacts(PersonId... people) {
        this.contacts = new ArrayList<>(Arrays.asList(people));
        return this;
    }

    public SubscriptionBuilder requested(Cancellation c) {
        this.requested = c;
        return this;
    }

    public SubscriptionBuilder cascaded(Cancellation c) {
        this.cascaded = c;
        return this;
    }

    public SubscriptionBuilder createdAt(Instant at) {
        this.createdAt = at;
        return this;
    }

    public SubscriptionBuilder pendingChange(PlanChange change) {
        this.pendingChange = change;
        return this;
    }

    public SubscriptionBuilder version(long v) {
        this.version = v;
        return this;
    }

    public SubscriptionState state() {
        return SubscriptionState.builder().number(number).kind(kind).product(new ProductCode(product))
                .partner(partner).billingAccount(billingAccount).plan(plan).billingCycle(cycle).userTier(userTier)
                .activeUsers(activeUsers).startDate(startDate).termStart(termStart).site(site)
                .organization(organization).collection(collection).detachOn(detachOn).hosts(hosts).contacts(contacts)
                .viewers(viewers).requested(requested).cascaded(cascaded).createdAt(createdAt).version(version)
                .pendingChange(pendingChange).build();
    }

    public Subscription build() {
        return Subscription.restore(state());
    }
}
