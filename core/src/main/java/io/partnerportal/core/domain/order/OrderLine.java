package io.partnerportal.core.domain.order;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a partner orders, checked: the product from the catalogue, its terms, where it is set up
 * (optional; an app lives on its hosts' site) and who its contacts are.
 *
 * @param partner        the partner ordering
 * @param billingAccount the partner's billing account it is billed to
 * @param product        the catalogue entry
 * @param plan           the plan
 * @param billingCycle   the billing cycle
 * @param userTier       the licensed user count
 * @param startDate      the day it starts
 * @param site           the site, or null (for an app: its hosts' site)
 * @param organization   the organization, or null
 * @param hosts          for an app, its hosts
 * @param contacts       its contacts, at least one
 * @param viewers        those of its contacts who are viewers (R19); the others manage
 */
public record OrderLine(PartnerId partner, BillingAccountId billingAccount, Product product, Plan plan,
                        BillingCycle billingCycle, int userTier, LocalDate startDate, SiteUrl site,
                        OrganizationName organization, List<EntitlementNumber> hosts, List<PersonId> contacts,
                        List<PersonId> viewers) {
    /**
     * Copies the lists and checks that the order names contacts.
     *
     * @param partner        the partner ordering
     * @param billingAccount the partner's billing account it is billed to
     * @param product        the catalogue entry
     * @param plan           the plan
     * @param billingCycle   the billing cycle
     * @param userTier       the licensed user count
     * @param startDate      the day it starts
     * @param site           the site, or null (for an app: its hosts' site)
     * @param organization   the organization, or null
     * @param hosts          for an app, its hosts
     * @param contacts       its contacts, at least one
     * @param viewers        those of its contacts who are viewers (R19); the others manage
     */
    public OrderLine {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(billingAccount, "billingAccount");
        Objects.requireNonNull(product, "product");
        hosts = List.copyOf(hosts);
        contacts = List.copyOf(contacts);
        viewers = List.copyOf(viewers);
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("an order names at least one contact");
        }
        if (viewers.containsAll(contacts)) {
            throw new IllegalArgumentException("an order names at least one manager");
        }
    }
}
