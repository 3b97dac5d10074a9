package io.partnerportal.core.application;

import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import java.time.Instant;
import java.util.List;

/**
 * R23: a request to the billing partner as the portal and the API show it. Parts its kind does not
 * use are null or empty.
 *
 * @param id                its id
 * @param entitlementNumber the subscription it is about
 * @param productName       that subscription's product
 * @param kind              what it asks for
 * @param keepProducts      for CANCEL_COLLECTION: the included products to keep, by catalogue code
 * @param plan              for CHANGE: the wished plan, or null
 * @param userTier          for CHANGE: the wished user tier, or null
 * @param billingCycle      for CHANGE: the wished billing cycle, or null
 * @param product           for ADD_PRODUCT: the product's catalogue code, or null
 * @param site              for ADD_PRODUCT: the site, or null
 * @param message           what the contact wrote, or null
 * @param status            where it stands
 * @param createdAt         when it was asked
 * @param askedBy           the email of the contact who asked ("" once they were erased)
 * @param resolvedAt        when the partner answered, or null
 * @param note              what the partner wrote, or null
 */
public record RequestView(String id, String entitlementNumber, String productName, RequestKind kind,
                          List<String> keepProducts, Plan plan, Integer userTier, BillingCycle billingCycle,
                          String product, String site, String message, RequestStatus status, Instant createdAt,
                          String askedBy, Instant resolvedAt, String note) {
    /**
     * Copies the list.
     *
     * @param id                its id
     * @param entitlementNumber the subscription it is about
     * @param productName       that subscription's product
     * @param kind              what it asks for
     * @param keepProducts      the included products to keep
     * @param plan              the wished plan, or null
     * @param userTier          the wished user tier, or null
     * @param billingCycle      the wished billing cycle, or null
     * @param product           the product to add, or null
     * @param site              the site, or null
     * @param message           what the contact wrote, or null
     * @param status            where it stands
     * @param createdAt         when it was asked
     * @param askedBy           the asking contact's email
     * @param resolvedAt        when the partner answered, or null
     * @param note              what the partner wrote, or null
     */
    public RequestView {
        keepProducts = List.copyOf(keepProducts);
    }
}
