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
 * what {@link Subscription#restore(SubscriptionState)} rebuilds the aggregate from. Status, bill
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

    /**
     * @param newVersion the version the store gave it
     * @return the same subscription at {@code newVersion}
     */
    public SubscriptionState withVersion(long newVersion) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, site, organization, collection, detachOn, hosts, contacts, viewers,
                requested, cascaded, createdAt, newVersion, pendingChange);
    }

    SubscriptionState withBillingAccount(BillingAccountId to) {
        return new SubscriptionState(number, kind, product, partner, to, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, site, organization, collection, detachOn, hosts, contacts, viewers,
                requested, cascaded, createdAt, version, pendingChange);
    }

    SubscriptionState withActiveUsers(Integer users) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                users, startDate, termStart, site, organization, collection, detachOn, hosts, contacts, viewers,
                requested, cascaded, createdAt, version, pendingChange);
    }

    SubscriptionState withPlace(SiteUrl newSite, OrganizationName newOrganization) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, newSite, newOrganization, collection, detachOn, hosts, contacts,
                viewers, requested, cascaded, createdAt, version, pendingChange);
    }

    SubscriptionState withDetachOn(LocalDate date) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, site, organization, collection, date, hosts, contacts, viewers,
                requested, cascaded, createdAt, version, pendingChange);
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
        return withContacts(people, newViewers);
    }

    SubscriptionState withoutContact(PersonId person) {
        return withContacts(contacts.stream().filter(p -> !p.equals(person)).toList(),
                viewers.stream().filter(p -> !p.equals(person)).toList());
    }

    private SubscriptionState withContacts(List<PersonId> people, List<PersonId> newViewers) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, termStart, site, organization, collection, detachOn, hosts, people, newViewers,
                requested, cascaded, createdAt, version, pendingChange);
    }

    SubscriptionState withCancellations(Cancellation newRequested, Cancellation newCascaded, LocalDate newTermStart) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, plan, billingCycle, userTier,
                activeUsers, startDate, newTermStart, site, organization, collection, detachOn, hosts, contacts,
                viewers, newRequested, newCascaded, createdAt, version, pendingChange);
    }

    SubscriptionState withPlan(Plan newPlan, int newTier, BillingCycle newCycle, LocalDate newTermStart,
                               PlanChange pending) {
        return new SubscriptionState(number, kind, product, partner, billingAccount, newPlan, newCycle, newTier,
                activeUsers, startDate, newTermStart, site, organization, collection, detachOn, hosts, contacts,
                viewers, requested, cascaded, createdAt, version, pending);
    }
}
