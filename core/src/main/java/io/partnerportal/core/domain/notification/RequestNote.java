package io.partnerportal.core.domain.notification;

import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestStatus;
import java.util.List;
import java.util.Objects;

/**
 * R23: a request to the billing partner as its emails tell it (PARTNER_REQUEST, REQUEST_RESOLVED),
 * captured when the email is queued. Parts a kind does not use are null or empty.
 *
 * @param id           the request's id
 * @param kind         what it asks for
 * @param keepProducts for CANCEL_COLLECTION: the included products to keep, by catalogue code
 * @param plan         for CHANGE: the wished plan, or null
 * @param userTier     for CHANGE: the wished user tier, or null
 * @param billingCycle for CHANGE: the wished billing cycle, or null
 * @param product      for ADD_PRODUCT: the product's catalogue code
 * @param site         for ADD_PRODUCT: the site, or null
 * @param askedBy      the email of the contact who asked
 * @param message      what they wrote, or null
 * @param status       where it stands
 * @param note         what the partner wrote when answering, or null
 */
public record RequestNote(String id, RequestKind kind, List<String> keepProducts, String plan, Integer userTier,
                          String billingCycle, String product, String site, String askedBy, String message,
                          RequestStatus status, String note) {
    /**
     * Checks the parts.
     *
     * @param id           the request's id
     * @param kind         what it asks for
     * @param keepProducts the included products to keep
     * @param plan         the wished plan, or null
     * @param userTier     the wished user tier, or null
     * @param billingCycle the wished billing cycle, or null
     * @param product      the product to add, or null
     * @param site         the site, or null
     * @param askedBy      the asking contact's email
     * @param message      what they wrote, or null
     * @param status       where it stands
     * @param note         the partner's note, or null
     */
    public RequestNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(status, "status");
        keepProducts = keepProducts == null ? List.of() : List.copyOf(keepProducts);
    }
}
