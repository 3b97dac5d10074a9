package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side behind a subscription's pages and the partner API's reads: subscriptions with
 * everything their views show - the partner, the contacts' cards, and the neighbourhood (apps on
 * it, its hosts, its collection and included products as of today, whether each is live and
 * whether a given viewer sees it, R11) - in one statement whatever the number of subscriptions
 * and neighbours, never loading what a viewer or partner sees as a whole. Reads only: nothing is
 * locked or tracked for a change. The neighbourhood follows the core's rules
 * ({@code Visibility}, {@code Subscription#collectionOn}, {@code #isLive}); the contract
 * test holds an adapter to them.
 */
public interface SubscriptionSheets {

    /**
     * One subscription with its neighbourhood.
     *
     * @param number the entitlement number
     * @param today  the clock's date, for the collection links
     * @param viewer the contact whose visibility is asked, or null for none
     * @return the sheet; empty when no subscription has that number
     */
    Optional<Sheet> find(EntitlementNumber number, LocalDate today, PersonId viewer);

    /**
     * The sheets of those of {@code numbers} that exist, by entitlement number.
     *
     * @param numbers the entitlement numbers
     * @param today   the clock's date, for the collection links
     * @param viewer  the contact whose visibility is asked, or null for none
     * @return the sheets
     */
    List<Sheet> findAll(java.util.Collection<EntitlementNumber> numbers, LocalDate today, PersonId viewer);

    /**
     * Sheets of the partner's subscriptions ordered by entitlement number, after {@code after}
     * (exclusive, null for the first page), at most {@code limit}; optionally of one billing account
     * and one status as of {@code today} (R2) - the same page as
     * {@link SubscriptionRepository#partnerPage}.
     *
     * @param partner        the partner
     * @param billingAccount only this account's, or null for all
     * @param status         only this status, or null for all
     * @param today          the clock's date
     * @param after          where the previous page ended, or null
     * @param limit          the most sheets to return
     * @return the page
     */
    List<Sheet> partnerPage(PartnerId partner, BillingAccountId billingAccount, SubscriptionStatus status,
                            LocalDate today, EntitlementNumber after, int limit);

    /**
     * Sheets of every app installed on {@code host}, by entitlement number.
     *
     * @param host   the host's entitlement number
     * @param today  the clock's date
     * @param viewer the contact whose visibility is asked, or null for none
     * @return the apps' sheets
     */
    List<Sheet> appsOn(EntitlementNumber host, LocalDate today, PersonId viewer);

    /**
     * A contact as a view shows them.
     *
     * @param id     the person
     * @param email  their email address
     * @param name   their name
     * @param locale their language tag
     */
    record Card(PersonId id, String email, String name, String locale) {
    }

    /**
     * A subscription linked to the sheet's.
     *
     * @param number          its entitlement number
     * @param kind            product, app or collection
     * @param product         its catalogue code
     * @param relation        how it relates to the sheet's subscription
     * @param live            whether it is live (no cancellation, pending or effective)
     * @param userTier        its user tier as of today (R16: a pending change whose day came applied)
     * @param visibleToViewer whether the viewer asked about sees it (false when none was)
     */
    record Neighbour(EntitlementNumber number, SubscriptionKind kind, ProductCode product, Relation relation,
                     boolean live, int userTier, boolean visibleToViewer) {
    }

    /**
     * A subscription with what its views show.
     *
     * @param subscription    the subscription
     * @param partner         its billing partner
     * @param contacts        its contacts' cards, in the subscription's order
     * @param neighbours      its links: apps on it, its hosts in order, its collection and the
     *                        products included in it today
     * @param visibleToViewer whether the viewer asked about sees it (false when none was)
     * @param viewerRole      the viewer's role on it (R19: their own, else the best they hold on a host
     *                        or the collection that shows it to them), or null when they have none
     */
    record Sheet(Subscription subscription, Partner partner, List<Card> contacts, List<Neighbour> neighbours,
                 boolean visibleToViewer, ContactRole viewerRole) {
        /**
         * Copies the lists, the neighbours in a fixed order: by relation, hosts in the
         * subscription's order, the others by entitlement number.
         *
         * @param subscription    the subscription
         * @param partner         its billing partner
         * @param contacts        its contacts' cards, in the subscription's order
         * @param neighbours      its links
         * @param visibleToViewer whether the viewer asked about sees it
         * @param viewerRole      the viewer's role on it, or null when they have none
         */
        public Sheet {
            Objects.requireNonNull(subscription, "subscription");
            contacts = List.copyOf(contacts);
            List<EntitlementNumber> hosts = subscription.hosts();
            neighbours = neighbours.stream().sorted(java.util.Comparator.comparing(Neighbour::relation)
                    .thenComparingInt(n -> n.relation() == Relation.HOST ? hosts.indexOf(n.number()) : 0)
                    .thenComparing(Neighbour::number)).toList();
        }

        /**
         * The neighbours of one relation, by entitlement number (hosts in the subscription's order).
         *
         * @param relation the relation
         * @return those neighbours
         */
        public List<Neighbour> linked(Relation relation) {
            return neighbours.stream().filter(n -> n.relation() == relation).toList();
        }
    }
}
