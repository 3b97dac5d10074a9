package io.partnerportal.core.domain.order;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.SubscriptionsOrdered;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
     * R12: places an order that passed its checks - the collection first, then one included product
     * per product it includes, each with the order's terms and contacts.
     *
     * @param order   the order
     * @param product its product, from the catalogue
     * @param site    where it is set up: the named site, or an app's hosts' site ({@link #hostsSite}); null for none
     * @param people  each contact's person, registered if new
     * @param numbers gives fresh entitlement numbers (R1)
     * @param act     who orders, and when
     * @return the subscriptions created, with their event
     */
    public static Placed place(Order order, Product product, SiteUrl site, Function<EmailAddress, PersonId> people,
                               Supplier<EntitlementNumber> numbers, Act act) {
        LocalDate start = order.startDate().orElse(act.today());
        List<PersonId> contacts = order.contacts().stream().map(c -> people.apply(c.email())).toList();
        List<PersonId> viewers = order.contacts().stream().filter(c -> c.role() == ContactRole.VIEWER)
                .map(c -> people.apply(c.email())).toList();
        SubscriptionState.Builder terms = SubscriptionState.builder().partner(order.partner())
                .billingAccount(order.billingAccount()).plan(order.plan()).billingCycle(order.billingCycle())
                .userTier(order.userTier()).startDate(start).site(site).contacts(contacts).viewers(viewers)
                .createdAt(act.at());
        List<Subscription> created = new ArrayList<>();
        SubscriptionState main = terms.number(numbers.get()).kind(product.kind()).product(product.code())
                .organization(order.organization().orElse(null)).hosts(order.hosts()).build();
        created.add(Subscription.created(main));
        for (ProductCode included : product.includes()) {
            created.add(Subscription.created(terms.number(numbers.get()).kind(SubscriptionKind.PRODUCT)
                    .product(included).organization(null).hosts(List.of()).collection(main.number()).build()));
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
    public static SiteUrl hostsSite(Product app, List<? extends Subscription> hosts, BillingAccountId account) {
        SiteUrl site = null;
        for (Subscription h : hosts) {
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
