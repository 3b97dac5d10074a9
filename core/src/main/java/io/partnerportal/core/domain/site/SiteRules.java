package io.partnerportal.core.domain.site;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SubscriptionsSetUp;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R10: a site never hosts two live subscriptions of one product, and a subscription is set up
 * once - a product or a collection (with its included products), never an app or an included
 * product on its own, never once cancelled.
 */
public final class SiteRules {
    private SiteRules() {
    }

    /**
     * @param site     the site
     * @param products the products about to be live on it, with their names
     * @param live     the live subscriptions of those products already on it
     * @param self     a subscription that does not count (being reactivated), or null
     * @return the refusal when one of the products is live on the site already
     */
    public static Optional<Refusal> occupancy(SiteUrl site, Map<ProductCode, String> products,
                                              Collection<? extends Subscription> live, EntitlementNumber self) {
        for (var product : products.entrySet()) {
            boolean taken = live.stream().anyMatch(s -> s.product().equals(product.getKey())
                    && s.isLive() && !s.number().equals(self));
            if (taken) {
                return Optional.of(Refusal.of(ErrorCode.PRODUCT_ALREADY_ON_SITE, site, product.getValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param s     the subscription
     * @param today the clock's date
     * @return why it cannot be set up, if it cannot
     */
    public static Optional<Refusal> setUpRefusal(Subscription s, LocalDate today) {
        if (s.kind() == SubscriptionKind.APP || s.orderedInCollection().isPresent()) {
            return Optional.of(Refusal.of(ErrorCode.SET_UP_NOT_APPLICABLE, s.number()));
        }
        if (s.isSetUp()) {
            return Optional.of(Refusal.of(ErrorCode.ALREADY_SET_UP, s.number()));
        }
        if (s.status(today) == SubscriptionStatus.CANCELLED) {
            return Optional.of(Refusal.of(ErrorCode.SUBSCRIPTION_CANCELLED, s.number()));
        }
        return Optional.empty();
    }

    /**
     * Sets a subscription up, a collection with its included products that are not set up yet.
     *
     * @param s            the subscription, which {@link #setUpRefusal} allows
     * @param included     for a collection: its included products today
     * @param site         the site, or null
     * @param organization the organization, or null (exactly one of the two)
     * @param act          who sets it up, and when
     * @return the event
     */
    public static DomainEvent setUp(Subscription s, List<Subscription> included, SiteUrl site,
                                    OrganizationName organization, Act act) {
        setUpRefusal(s, act.today()).ifPresent(r -> {
            throw r.exception();
        });
        List<Subscription> changed = new ArrayList<>(List.of(s));
        included.stream().filter(p -> !p.isSetUp()).forEach(changed::add);
        changed.forEach(c -> c.setUpOn(site, organization));
        return new SubscriptionsSetUp(DomainEvent.newId(), act, changed.stream().map(Subscription::state).toList(),
                site, organization);
    }

    /**
     * @param product the catalogue entry of what is set up or ordered on a site
     * @return the products that will be live on the site: itself and, for a collection, what it includes
     */
    public static List<ProductCode> productsOnSite(Product product) {
        List<ProductCode> out = new ArrayList<>(List.of(product.code()));
        out.addAll(product.includes());
        return out;
    }
}
