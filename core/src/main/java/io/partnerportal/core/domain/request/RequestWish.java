package io.partnerportal.core.domain.request;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What a request asks for (R23), built by name: {@link #cancelCollection}, {@link #change},
 * {@link #addProduct}, {@link #other}. Only the parts of its kind are set; the others are null or empty.
 *
 * @param kind         what is asked for
 * @param keepProducts for CANCEL_COLLECTION: the included products to keep (possibly none)
 * @param plan         for CHANGE: the wished plan, or null
 * @param userTier     for CHANGE: the wished user tier, or null
 * @param billingCycle for CHANGE: the wished billing cycle, or null
 * @param product      for ADD_PRODUCT: the product's catalogue code
 * @param site         for ADD_PRODUCT: the site it should go on, or null
 */
public record RequestWish(RequestKind kind, List<ProductCode> keepProducts, Plan plan, Integer userTier,
                          BillingCycle billingCycle, ProductCode product, SiteUrl site) {
    /**
     * Checks that the parts fit the kind.
     *
     * @param kind         what is asked for
     * @param keepProducts for CANCEL_COLLECTION: the included products to keep
     * @param plan         for CHANGE: the wished plan, or null
     * @param userTier     for CHANGE: the wished user tier, or null
     * @param billingCycle for CHANGE: the wished billing cycle, or null
     * @param product      for ADD_PRODUCT: the product's catalogue code
     * @param site         for ADD_PRODUCT: the site, or null
     */
    public RequestWish {
        Objects.requireNonNull(kind, "kind");
        keepProducts = keepProducts == null ? List.of() : List.copyOf(keepProducts);
        if (kind != RequestKind.CANCEL_COLLECTION && !keepProducts.isEmpty()) {
            throw new IllegalArgumentException("only a collection's cancellation keeps products");
        }
        boolean changes = plan != null || userTier != null || billingCycle != null;
        if (kind == RequestKind.CHANGE && !changes) {
            throw new IllegalArgumentException("a change names a plan, a user tier or a billing cycle");
        }
        if (kind != RequestKind.CHANGE && changes) {
            throw new IllegalArgumentException("only a change names a plan, a user tier or a billing cycle");
        }
        if ((kind == RequestKind.ADD_PRODUCT) != (product != null)) {
            throw new IllegalArgumentException("a request to add a product, and only that, names the product");
        }
        if (kind != RequestKind.ADD_PRODUCT && site != null) {
            throw new IllegalArgumentException("only a request to add a product names a site");
        }
    }

    /**
     * @param keep the included products to keep (R6), possibly none
     * @return the wish to cancel the collection
     */
    public static RequestWish cancelCollection(List<ProductCode> keep) {
        return new RequestWish(RequestKind.CANCEL_COLLECTION, keep, null, null, null, null, null);
    }

    /**
     * @param plan         the wished plan, or null
     * @param userTier     the wished user tier, or null
     * @param billingCycle the wished billing cycle, or null; at least one of the three is given
     * @return the wish to change the subscription
     */
    public static RequestWish change(Plan plan, Integer userTier, BillingCycle billingCycle) {
        return new RequestWish(RequestKind.CHANGE, List.of(), plan, userTier, billingCycle, null, null);
    }

    /**
     * @param product the product to add
     * @param site    the site it should go on, or null
     * @return the wish to add a product
     */
    public static RequestWish addProduct(ProductCode product, SiteUrl site) {
        return new RequestWish(RequestKind.ADD_PRODUCT, List.of(), null, null, null,
                Objects.requireNonNull(product, "product"), site);
    }

    /** @return a wish said in the message alone */
    public static RequestWish other() {
        return new RequestWish(RequestKind.OTHER, List.of(), null, null, null, null, null);
    }
}
