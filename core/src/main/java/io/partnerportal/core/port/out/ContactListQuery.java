package io.partnerportal.core.port.out;

import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
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

    /** Rows ordered by product name, then entitlement number, after {@code after} (null: first page). */
    List<Row> page(PersonId viewer, ListTab tab, LocalDate today, Position after, int limit);

    /** Where a page ends: the last row's product name and entitlement number. */
    record Position(String productName, EntitlementNumber number) {
        public Position {
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(number, "number");
        }
    }

    /** How a linked subscription relates to the row (SPEC §2 "linked subscriptions"). */
    enum Relation { APP, COLLECTION, INCLUDED_PRODUCT, HOST }

    /** A linked subscription, and whether the viewer can open it (R11). */
    record Link(EntitlementNumber number, SubscriptionKind kind, String productName, Relation relation,
                boolean visibleToViewer) {
    }

    /** One row of the list, with its links. {@code cancellationOn} is the cancellation that applies, if any. */
    record Row(EntitlementNumber number, SubscriptionKind kind, ProductCode product, String productName, Plan plan,
               BillingCycle billingCycle, int userTier, LocalDate startDate, LocalDate termStart,
               LocalDate cancellationOn, String partnerName, List<Link> links) {
        public Row {
            links = List.copyOf(links);
        }
    }
}
