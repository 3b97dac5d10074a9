package io.partnerportal.core.domain.order;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SubscriptionsOrdered;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionFacts;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * R12: an order creates one subscription - for a collection, the collection and then one included
 * product per product it includes, each with the order's contacts and terms. An app is ordered on
 * live hosts of a product it installs on, set up on one site, in the order's billing account.
 */
public final class Orders {
    private Orders() {
    }

    /**
     * What an order created.
     *
     * @param created the new subscriptions, the ordered one first
     * @param event   the event
     */
    public record Placed(List<Subscription> created, DomainEvent event) {
        /**
         * Copies the list.
         *
         * @param created the new subscriptions, the ordered one first
         * @param event   the event
         */
        public Placed {
            created = List.copyOf(created);
        }
    }

    /**
     * @param line    what is ordered, checked (for an app: the site from {@link #hostsSite})
     * @param numbers gives fresh entitlement numbers
     * @param act     who orders, and when
     * @return the subscriptions created, with their event
     */
    public static Placed place(OrderLine line, Supplier<EntitlementNumber> numbers, Act act) {
        List<Subscription> created = new ArrayList<>();
        Product product = line.product();
        SubscriptionState main = new SubscriptionState(numbers.get(), product.kind(), product.code(), line.partner(),
                line.billingAccount(), line.plan(), line.billingCycle(), line.userTier(), null, line.startDate(),
                line.startDate(), line.site(), line.organization(), null, null, line.hosts(), line.contacts(),
                line.viewers(), null, null, act.at(), 0, null);
        created.add(Subscription.created(main));
        for (ProductCode included : product.includes()) {
            created.add(Subscription.created(new SubscriptionState(numbers.get(), SubscriptionKind.PRODUCT, included,
                    line.partner(), line.billingAccount(), line.plan(), line.billingCycle(), line.userTier(), null,
                    line.startDate(), line.startDate(), line.site(), null, main.number(), null, List.of(),
                    line.contacts(), line.viewers(), null, null, act.at(), 0, null)));
        }
        return new Placed(created, new SubscriptionsOrdered(DomainEvent.newId(), act,
                created.stream().map(Subscription::state).toList()));
    }

    /**
     * R12: an app's hosts are live, of a product it installs on, in the order's billing account and
     * set up on one site.
     *
     * @param app     the app's catalogue entry
     * @param hosts   the hosts named, the partner's own
     * @param account the order's billing account
     * @return the hosts' site, where the app lives
     */
    public static SiteUrl hostsSite(Product app, List<? extends SubscriptionFacts> hosts, BillingAccountId account) {
        SiteUrl site = null;
        for (SubscriptionFacts h : hosts) {
            if (!h.isLive()) {
                throw new RuleRefusedException(ErrorCode.HOST_NOT_LIVE, h.number());
            }
            if (!app.acceptsHost(h.product())) {
                throw new RuleRefusedException(ErrorCode.HOST_NOT_COMPATIBLE, app.code(), app.hostProducts().stream()
                        .map(ProductCode::value).collect(Collectors.joining(", ")), h.product());
            }
            if (!h.billingAccount().equals(account)) {
                throw new RuleRefusedException(ErrorCode.HOST_IN_OTHER_BILLING_ACCOUNT, h.number());
            }
            SiteUrl hostSite = h.site().orElseThrow(() -> new RuleRefusedException(ErrorCode.HOST_NOT_SET_UP,
                    h.number()));
            if (site != null && !site.equals(hostSite)) {
                throw new RuleRefusedException(ErrorCode.HOSTS_ON_DIFFERENT_SITES, site, hostSite);
            }
            site = hostSite;
        }
        return site;
    }
}
