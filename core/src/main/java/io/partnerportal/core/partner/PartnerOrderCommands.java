package io.partnerportal.core.partner;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The order of {@link PartnerOperations} (read as {@code PartnerOperations.Order}), as a partner
 * types it ({@link OrderRequest}) and as its parse step checks it ({@link Order}), with the
 * contacts an order names.
 */
public interface PartnerOrderCommands {
    /**
     * An order (R12), checked for its form; what the catalogue and the store say is checked when it
     * is placed.
     *
     * @param partner        the partner ordering
     * @param billingAccount the billing account, the partner's
     * @param product        the catalogue code
     * @param plan           the plan
     * @param billingCycle   the billing cycle
     * @param userTier       the licensed user count
     * @param startDate      the start, or null for today
     * @param site           for site-scope products and collections, optional
     * @param organization   for organization-scope products, optional
     * @param hosts          for apps, required
     * @param contacts       at least one, no email twice
     */
    record Order(PartnerId partner, BillingAccountId billingAccount, ProductCode product,
                 io.partnerportal.core.domain.subscription.Plan plan,
                 io.partnerportal.core.domain.subscription.BillingCycle billingCycle, int userTier,
                 LocalDate startDate, SiteAddress site, io.partnerportal.core.domain.site.OrganizationName organization,
                 List<EntitlementNumber> hosts, List<Contact> contacts) {
        /**
         * Copies the lists.
         * @param partner        the partner ordering
         * @param billingAccount the billing account, the partner's
         * @param product        the catalogue code
         * @param plan           the plan
         * @param billingCycle   the billing cycle
         * @param userTier       the licensed user count
         * @param startDate      the start, or null for today
         * @param site           for site-scope products and collections, optional
         * @param organization   for organization-scope products, optional
         * @param hosts          for apps, required
         * @param contacts       at least one, no email twice
         */
        public Order {
            Objects.requireNonNull(partner, "partner");
            hosts = List.copyOf(hosts);
            contacts = List.copyOf(contacts);
        }

        /**
         * @param partner the partner
         * @param request as typed
         * @return the command
         */
        public static Order parse(PartnerId partner, OrderRequest request) {
            return OrderParsing.parse(partner, request);
        }
    }

    /**
     * A contact as a partner names it (R11: name and language are set at the first assignment; R19:
     * the role is the subscription's own).
     *
     * @param email  the contact's email
     * @param name   their name
     * @param locale their language
     * @param role   their role on the subscription; null means {@link ContactRole#MANAGER}
     */
    record Contact(EmailAddress email, DisplayName name, io.partnerportal.core.domain.party.ContactLocale locale,
                   ContactRole role) {
        /**
         * Defaults the role.
         *
         * @param email  the contact's email
         * @param name   their name
         * @param locale their language
         * @param role   their role on the subscription; null means {@link ContactRole#MANAGER}
         */
        public Contact {
            role = role == null ? ContactRole.MANAGER : role;
        }

        /**
         * A manager (R19's default).
         *
         * @param email  the contact's email
         * @param name   their name
         * @param locale their language
         */
        public Contact(EmailAddress email, DisplayName name, io.partnerportal.core.domain.party.ContactLocale locale) {
            this(email, name, locale, ContactRole.MANAGER);
        }
    }

    /**
     * An order as a partner typed it.
     *
     * @param billingAccountId       the billing account's id
     * @param product                the catalogue code
     * @param plan                   FREE, STANDARD, PREMIUM or ENTERPRISE
     * @param billingCycle           MONTHLY or ANNUAL
     * @param userTier               1 to 1,000,000
     * @param startDate              an ISO date, or null for today
     * @param siteUrl                for site-scope products and collections, optional
     * @param organization           for organization-scope products, optional
     * @param hostEntitlementNumbers for apps, required
     * @param contacts               at least one, at most 50
     */
    record OrderRequest(String billingAccountId, String product, String plan, String billingCycle, Integer userTier,
                        String startDate, String siteUrl, String organization, List<String> hostEntitlementNumbers,
                        List<ContactInput> contacts) {
    }

    /**
     * A contact as a partner typed it.
     *
     * @param email  the email
     * @param name   the name
     * @param locale en or ja
     * @param role   MANAGER or VIEWER (R19); null or absent means MANAGER
     */
    record ContactInput(String email, String name, String locale, String role) {
        /**
         * A contact without a role: a manager.
         *
         * @param email  the email
         * @param name   the name
         * @param locale en or ja
         */
        public ContactInput(String email, String name, String locale) {
            this(email, name, locale, null);
        }
    }
}
