package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The read side behind a contact's list page: one page of the subscriptions a person sees (R11)
 * in one tab (R2), with everything the row shows, fetched in a bounded number of statements
 * whatever the page size (no N+1). The visibility and tab predicates are the core's
 * ({@code Visibility}, {@code Subscription#status}); the contract test holds an adapter to them.
 */
public interface ContactListQuery {

    /**
     * Rows ordered by product name, then entitlement number, after {@code after} (null: first page).
     *
     * @param viewer the contact whose list it is
     * @param tab    the tab, which picks one status (R2)
     * @param today  the clock's date
     * @param filter what the rows must match ({@link ListFilter#found}, {@link ListFilter#admits})
     * @param after  where the previous page ended, or null
     * @param limit  the most rows to return
     * @return the page
     */
    List<Row> page(PersonId viewer, ListTab tab, LocalDate today, ListFilter filter, Position after, int limit);

    /**
     * How many subscriptions the viewer sees in each tab, in one statement, by partner and product,
     * each group split by whether {@code search} finds its rows; an empty list when they see none.
     *
     * @param viewer the contact whose list it is
     * @param today  the clock's date
     * @param search the search text of a {@link ListFilter}, or null (then every group is found)
     * @return the groups, in no particular order
     */
    List<Tally> tally(PersonId viewer, LocalDate today, String search);

    /**
     * The viewer's subscriptions of one partner and product, and whether the search found them.
     *
     * @param partner     the billing partner
     * @param partnerName its name
     * @param product     the product
     * @param productName its name
     * @param found       whether the search text is found in these rows ({@link ListFilter#found})
     * @param active      how many are in the Active tab today
     * @param inactive    how many are in the Inactive tab today
     * @param upcoming    how many are in the Upcoming tab today
     */
    record Tally(PartnerId partner, String partnerName, ProductCode product, String productName, boolean found,
                 int active, int inactive, int upcoming) {
    }

    /**
     * Where a page ends: the last row's product name and entitlement number.
     *
     * @param productName the last row's product name
     * @param number      the last row's entitlement number
     */
    record Position(String productName, EntitlementNumber number) {
        /**
         * Checks that both parts are present.
         *
         * @param productName the last row's product name
         * @param number      the last row's entitlement number
         */
        public Position {
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(number, "number");
        }
    }

    /** How a linked subscription relates to the row (SPEC §2 "linked subscriptions"). */
    enum Relation { /** An app on it. */ APP, /** Its collection. */ COLLECTION, /** A product its collection includes. */ INCLUDED_PRODUCT, /** A host it is on. */ HOST }

    /**
     * A linked subscription, and whether the viewer can open it (R11).
     *
     * @param number          its entitlement number
     * @param kind            product, app or collection
     * @param productName     its product's name
     * @param relation        how it relates to the row
     * @param visibleToViewer whether the viewer sees it, and so can open it
     */
    record Link(EntitlementNumber number, SubscriptionKind kind, String productName, Relation relation,
                boolean visibleToViewer) {
    }

    /**
     * One row of the list, with its links.
     *
     * @param number         the entitlement number
     * @param kind           product, app or collection
     * @param product        the catalogue code
     * @param productName    the product's name
     * @param plan           the plan
     * @param billingCycle   the billing cycle
     * @param userTier       the user tier
     * @param startDate      the start date
     * @param termStart      the term anchor, for the days until renewal (R3)
     * @param cancellationOn the effective date of the cancellation that applies, or null
     * @param partnerName    the billing partner's name
     * @param links          its linked subscriptions
     * @param pendingChange  the plan change stored as waiting for its date (R16), or null
     * @param hostTier       for an app, the largest user tier of its live hosts as of today (R16), else null
     */
    record Row(EntitlementNumber number, SubscriptionKind kind, ProductCode product, String productName, Plan plan,
               BillingCycle billingCycle, int userTier, LocalDate startDate, LocalDate termStart,
               LocalDate cancellationOn, String partnerName, List<Link> links, PlanChange pendingChange,
               Integer hostTier) {
        /**
         * Copies the links.
         *
         * @param number         the entitlement number
         * @param kind           product, app or collection
         * @param product        the catalogue code
         * @param productName    the product's name
         * @param plan           the plan
         * @param billingCycle   the billing cycle
         * @param userTier       the user tier
         * @param startDate      the start date
         * @param termStart      the term anchor, for the days until renewal (R3)
         * @param cancellationOn the effective date of the cancellation that applies, or null
         * @param partnerName    the billing partner's name
         * @param links          its linked subscriptions
         * @param pendingChange  the plan change stored as waiting for its date (R16), or null
         * @param hostTier       for an app, the largest user tier of its live hosts as of today, else null
         */
        public Row {
            links = List.copyOf(links);
        }
    }
}
