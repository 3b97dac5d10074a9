package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores subscriptions with their links, contacts and cancellations. Reads return aggregates
 * restored from storage; {@link #update} refuses a stale version with a {@code ConflictException}
 * ({@code CONCURRENT_UPDATE}) - here or when the unit of work commits - and always increments the
 * version, so touching a subscription serializes with concurrent changes to it (SPEC §4).
 */
public interface SubscriptionRepository {
    /**
     * Finds a subscription, whoever may see it.
     *
     * @param number its entitlement number
     * @return the subscription; empty when unknown
     */
    Optional<Subscription> find(EntitlementNumber number);

    /**
     * Those of {@code numbers} that exist, in no particular order.
     *
     * @param numbers the entitlement numbers
     * @return the subscriptions
     */
    List<Subscription> findAll(Collection<EntitlementNumber> numbers);

    /**
     * Every app with at least one of {@code hosts} among its hosts, whatever its status.
     *
     * @param hosts the hosts' entitlement numbers
     * @return the apps
     */
    List<Subscription> findAppsOn(Collection<EntitlementNumber> hosts);

    /**
     * Every product ordered in one of {@code collections}, kept and detached ones too.
     *
     * @param collections the collections' entitlement numbers
     * @return the included products
     */
    List<Subscription> findOrderedIn(Collection<EntitlementNumber> collections);

    /**
     * Every subscription {@code person} is assigned to.
     *
     * @param person the contact
     * @return the subscriptions
     */
    List<Subscription> findAssignedTo(PersonId person);

    /**
     * Those of {@code numbers} that {@code person} is assigned to: what R11 asks of a subscription's
     * own number, its hosts and its collection, without reading everything the person sees.
     *
     * @param person  the contact
     * @param numbers the entitlement numbers asked about
     * @return the ones the person is assigned to
     */
    Set<EntitlementNumber> assignedAmong(PersonId person, Collection<EntitlementNumber> numbers);

    /**
     * The sites and organizations of the subscriptions {@code person} sees (R11), each once, in
     * order: the places they may set a subscription up on (R10).
     *
     * @param person the contact
     * @return the places
     */
    Places placesOf(PersonId person);

    /**
     * Sites and organizations, each once, in order.
     *
     * @param sites         the site URLs
     * @param organizations the organization names
     */
    record Places(List<String> sites, List<String> organizations) {
        /**
         * Copies and sorts the lists.
         *
         * @param sites         the site URLs
         * @param organizations the organization names
         */
        public Places {
            sites = sites.stream().distinct().sorted().toList();
            organizations = organizations.stream().distinct().sorted().toList();
        }
    }

    /**
     * Every subscription set up on {@code site}, whatever its status.
     *
     * @param site the site
     * @return the subscriptions
     */
    List<Subscription> findOnSite(SiteUrl site);

    /**
     * Whether an entitlement number is taken (R1).
     *
     * @param number the number
     * @return true when a subscription has it
     */
    boolean exists(EntitlementNumber number);

    /**
     * Stores a new subscription.
     *
     * @param subscription the subscription, at version 0
     */
    void add(Subscription subscription);

    /**
     * Stores a subscription, changed or only touched, refusing a stale version.
     *
     * @param subscription the subscription, at the version read
     */
    void update(Subscription subscription);

    /**
     * The partner's subscriptions ordered by entitlement number, after {@code after} (exclusive,
     * null for the first page), at most {@code limit}; optionally of one billing account and one
     * status as of {@code today} (R2).
     *
     * @param partner        the partner
     * @param billingAccount only this account's, or null for all
     * @param status         only this status, or null for all
     * @param today          the clock's date, for the status
     * @param after          where the previous page ended, or null
     * @param limit          the most subscriptions to return
     * @return the page
     */
    List<Subscription> partnerPage(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                                   LocalDate today, EntitlementNumber after, int limit);
}
