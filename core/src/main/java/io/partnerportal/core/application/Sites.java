package io.partnerportal.core.application;

import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.SiteRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sites as orders, set-ups and reactivations use them: locked for the unit of work, and checked (R10). */
public final class Sites {
    private final SiteRepository sites;
    private final SubscriptionRepository subscriptions;
    private final Catalogue catalogue;
    private final String siteDomain;

    /**
     * @param sites         the sites
     * @param subscriptions what is live on a site
     * @param catalogue     the products a refusal names
     * @param siteDomain    the domain sites live under (R10)
     */
    public Sites(SiteRepository sites, SubscriptionRepository subscriptions, Catalogue catalogue, String siteDomain) {
        this.sites = sites;
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.siteDomain = siteDomain;
    }

    /** @return the domain sites live under */
    public String domain() {
        return siteDomain;
    }

    /**
     * @param address the site a caller named
     * @return it under the portal's site domain
     * @throws io.partnerportal.core.domain.error.InvalidValueException when the caller named another domain
     */
    public SiteUrl url(SiteAddress address) {
        return address.under(siteDomain);
    }

    /** @return the sites */
    public SiteRepository repository() {
        return sites;
    }

    /**
     * The site, locked for this unit of work; created first if nobody has used it yet.
     *
     * @param site the site
     * @param now  the clock's instant
     */
    public void lockOrCreate(SiteUrl site, Instant now) {
        if (sites.lock(site).isEmpty()) {
            sites.add(Site.created(site, now));
        }
    }

    /**
     * R10: refuses when one of {@code products} is live on {@code site} already, {@code self} aside.
     *
     * @param site     the site
     * @param products the products about to be live there
     * @param self     the subscription asking, or null
     * @throws io.partnerportal.core.domain.error.RuleRefusedException {@code PRODUCT_ALREADY_ON_SITE}
     */
    public void refuseIfTaken(SiteUrl site, Collection<ProductCode> products, EntitlementNumber self) {
        Map<ProductCode, String> named = new LinkedHashMap<>();
        for (ProductCode p : products) {
            named.put(p, catalogue.find(p).map(x -> x.name()).orElse(p.value()));
        }
        // one read of the site, however many products are asked about: its live ones among them
        List<Subscription> live = products.isEmpty() ? List.of() : subscriptions.findOnSite(site).stream()
                .filter(s -> s.isLive() && products.contains(s.product())).toList();
        SiteRules.occupancy(site, named, live, self).ifPresent(r -> {
            throw r.exception();
        });
    }
}
