package io.partnerportal.core.application;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.Catalogue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue as a map, and what an email says about a subscription (its product by name). */
public final class Summaries {
    private final Map<ProductCode, Product> catalogue;

    private Summaries(Map<ProductCode, Product> catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param catalogue the catalogue, read once
     * @return its products by code
     */
    public static Summaries of(Catalogue catalogue) {
        return new Summaries(catalogue.all().stream().collect(Collectors.toMap(Product::code, Function.identity())));
    }

    /** @return the products by code */
    public Map<ProductCode, Product> catalogue() {
        return catalogue;
    }

    /**
     * @param code a product's code
     * @return its name; the code itself for a product the catalogue no longer holds
     */
    public String productName(ProductCode code) {
        Product p = catalogue.get(code);
        return p == null ? code.value() : p.name();
    }

    /**
     * @param s a subscription
     * @return what an email says about it
     */
    public SubscriptionSummary summary(SubscriptionState s) {
        String location = s.site() != null ? s.site().value()
                : s.organization() != null ? s.organization().value() : null;
        return new SubscriptionSummary(s.number().value(), productName(s.product()), s.kind(), location, s.plan(),
                s.billingCycle(), s.userTier(), s.startDate());
    }

    /**
     * @param states subscriptions
     * @return what an email says about each, in their order
     */
    public List<SubscriptionSummary> summaries(Collection<SubscriptionState> states) {
        return states.stream().map(this::summary).toList();
    }
}
