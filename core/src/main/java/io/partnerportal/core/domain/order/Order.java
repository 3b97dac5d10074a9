package io.partnerportal.core.domain.order;

import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.value.Enums;
import io.partnerportal.core.domain.value.Numbers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a partner orders (R12), checked for its form: the product by its catalogue code, its terms,
 * where it is set up (optional; an app lives on its hosts' site) and its contacts. What the
 * catalogue and the store say (the product exists, the account and the hosts are the partner's) is
 * checked when it is placed. Built by name with {@link #builder(PartnerId)}, or parsed from what a
 * caller typed with {@link #parse(PartnerId, Form)}; either way every wrong field is named at once,
 * by its name on the partner API.
 */
public final class Order {
    /** The largest user tier an order may name. */
    public static final int MAX_USER_TIER = 1_000_000;
    /** The most contacts one order may name. */
    public static final int MAX_CONTACTS = 50;

    private final PartnerId partner;
    private final BillingAccountId billingAccount;
    private final ProductCode product;
    private final Plan plan;
    private final BillingCycle billingCycle;
    private final int userTier;
    private final LocalDate startDate;
    private final SiteAddress site;
    private final OrganizationName organization;
    private final List<EntitlementNumber> hosts;
    private final List<Contact> contacts;

    private Order(Builder b) {
        this.partner = b.partner;
        this.billingAccount = b.billingAccount;
        this.product = b.product;
        this.plan = b.plan;
        this.billingCycle = b.billingCycle;
        this.userTier = b.userTier;
        this.startDate = b.startDate;
        this.site = b.site;
        this.organization = b.organization;
        this.hosts = List.copyOf(b.hosts);
        this.contacts = List.copyOf(b.contacts);
    }

    /**
     * Starts an order: name the account, product, plan, cycle, tier and contacts, then {@link Builder#build()}.
     *
     * @param partner the partner ordering
     * @return a builder
     */
    public static Builder builder(PartnerId partner) {
        return new Builder(Objects.requireNonNull(partner, "partner"));
    }

    /**
     * An order as the partner API's {@code POST /orders} body holds it, each field checked for its form
     * and every wrong one named at once by its wire name ({@code contacts[1].email}...).
     *
     * @param partner the partner ordering
     * @param form    as typed
     * @return the order
     * @throws io.partnerportal.core.domain.error.ValidationException naming every wrong field
     */
    public static Order parse(PartnerId partner, Form form) {
        Fields f = new Fields();
        Builder b = builder(partner);
        b.billingAccount = f.parse("billingAccountId", () -> BillingAccountId.parse(form.billingAccountId()));
        b.product = f.parse("product", () -> ProductCode.parse(form.product()));
        b.plan = f.parse("plan", () -> Enums.parse(Plan.class, form.plan()));
        b.billingCycle = f.parse("billingCycle", () -> Enums.parse(BillingCycle.class, form.billingCycle()));
        Integer tier = f.parse("userTier", () -> Numbers.inRange(form.userTier(), 1, MAX_USER_TIER));
        b.userTier = tier == null ? 0 : tier;
        b.startDate = f.optional("startDate", form.startDate(), Order::date);
        b.site = f.optional("siteUrl", form.siteUrl(), SiteAddress::parse);
        b.organization = f.optional("organization", form.organization(), OrganizationName::new);
        List<String> rawHosts = form.hostEntitlementNumbers() == null ? List.of() : form.hostEntitlementNumbers();
        for (int i = 0; i < rawHosts.size(); i++) {
            String value = rawHosts.get(i);
            EntitlementNumber n = f.parse("hostEntitlementNumbers[" + i + "]", () -> EntitlementNumber.parse(value));
            b.hosts.add(n);
        }
        List<Contact.Form> rawContacts = form.contacts() == null ? List.of() : form.contacts();
        if (rawContacts.size() <= MAX_CONTACTS) {
            for (int i = 0; i < rawContacts.size(); i++) {
                Contact.Form c = rawContacts.get(i);
                if (c == null) {
                    f.add("contacts[" + i + "]", FieldErrorCode.REQUIRED, "is required");
                    b.contacts.add(null);
                    b.emails.add(null);
                } else {
                    Contact parsed = c.parse(f, "contacts[" + i + "].");
                    b.contacts.add(parsed);
                    // a contact wrong elsewhere still counts for "listed twice"
                    b.emails.add(parsed != null ? parsed.email() : quietly(c.email()));
                }
            }
        } else {
            b.contacts.addAll(Collections.nCopies(rawContacts.size(), null));
            b.emails.addAll(Collections.nCopies(rawContacts.size(), null));
        }
        b.check(f);
        f.throwIfAny();
        return new Order(b);
    }

    private static EmailAddress quietly(String raw) {
        try {
            return EmailAddress.parse(raw);
        } catch (RuntimeException wrong) {
            return null;
        }
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(FieldErrorCode.MALFORMED, "must be a date like 2026-01-15");
        }
    }

    /** @return the partner ordering */
    public PartnerId partner() {
        return partner;
    }

    /** @return the billing account, which must be the partner's */
    public BillingAccountId billingAccount() {
        return billingAccount;
    }

    /** @return the catalogue code of what is ordered: a product, an app or a collection */
    public ProductCode product() {
        return product;
    }

    /** @return the plan */
    public Plan plan() {
        return plan;
    }

    /** @return the billing cycle */
    public BillingCycle billingCycle() {
        return billingCycle;
    }

    /** @return the licensed user count, 1 to {@value #MAX_USER_TIER} */
    public int userTier() {
        return userTier;
    }

    /** @return the day it starts; empty for the day it is placed */
    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(startDate);
    }

    /** @return for a site-scope product or a collection, the site to set it up on, if named */
    public Optional<SiteAddress> site() {
        return Optional.ofNullable(site);
    }

    /** @return for an organization-scope product, the organization to set it up on, if named */
    public Optional<OrganizationName> organization() {
        return Optional.ofNullable(organization);
    }

    /** @return for an app, the product subscriptions it is installed on; empty otherwise */
    public List<EntitlementNumber> hosts() {
        return hosts;
    }

    /** @return the contacts, at least one of them a manager, no email twice */
    public List<Contact> contacts() {
        return contacts;
    }

    @Override
    public String toString() {
        return "Order[" + partner + " " + product + " " + plan + " " + billingCycle + " " + userTier + "]";
    }

    /** Names an order's parts; {@link #build()} checks them all at once. */
    public static final class Builder {
        private final PartnerId partner;
        private BillingAccountId billingAccount;
        private ProductCode product;
        private Plan plan;
        private BillingCycle billingCycle;
        private int userTier;
        private LocalDate startDate;
        private SiteAddress site;
        private OrganizationName organization;
        private final List<EntitlementNumber> hosts = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        /** Each contact's email, as far as it reads: what "listed twice" compares. */
        private final List<EmailAddress> emails = new ArrayList<>();

        private Builder(PartnerId partner) {
            this.partner = partner;
        }

        /**
         * @param account the partner's billing account the subscriptions belong to
         * @return this builder
         */
        public Builder billingAccount(BillingAccountId account) {
            this.billingAccount = account;
            return this;
        }

        /**
         * @param code the catalogue code of a product, an app or a collection
         * @return this builder
         */
        public Builder product(ProductCode code) {
            this.product = code;
            return this;
        }

        /**
         * @param value the plan
         * @return this builder
         */
        public Builder plan(Plan value) {
            this.plan = value;
            return this;
        }

        /**
         * @param value the billing cycle
         * @return this builder
         */
        public Builder billingCycle(BillingCycle value) {
            this.billingCycle = value;
            return this;
        }

        /**
         * @param value the licensed user count, 1 to {@value Order#MAX_USER_TIER}
         * @return this builder
         */
        public Builder userTier(int value) {
            this.userTier = value;
            return this;
        }

        /**
         * @param value the day it starts (at most two years ahead); unset, the day it is placed
         * @return this builder
         */
        public Builder startDate(LocalDate value) {
            this.startDate = value;
            return this;
        }

        /**
         * @param value for a site-scope product or a collection: the site to set it up on (R10)
         * @return this builder
         */
        public Builder site(SiteAddress value) {
            this.site = value;
            return this;
        }

        /**
         * @param value for an organization-scope product: the organization to set it up on (R10)
         * @return this builder
         */
        public Builder organization(OrganizationName value) {
            this.organization = value;
            return this;
        }

        /**
         * @param numbers for an app: the product subscriptions to install it on (R12)
         * @return this builder
         */
        public Builder hosts(EntitlementNumber... numbers) {
            hosts.addAll(Arrays.asList(numbers));
            return this;
        }

        /**
         * @param value one more contact (R11, R19)
         * @return this builder
         */
        public Builder contact(Contact value) {
            contacts.add(Objects.requireNonNull(value, "contact"));
            emails.add(value.email());
            return this;
        }

        /**
         * @return the order
         * @throws io.partnerportal.core.domain.error.ValidationException naming every missing or wrong part by
         *         its name on the partner API
         */
        public Order build() {
            Fields f = new Fields();
            if (billingAccount == null) {
                f.add("billingAccountId", FieldErrorCode.REQUIRED, "is required");
            }
            if (product == null) {
                f.add("product", FieldErrorCode.REQUIRED, "is required");
            }
            if (plan == null) {
                f.add("plan", FieldErrorCode.REQUIRED, "is required");
            }
            if (billingCycle == null) {
                f.add("billingCycle", FieldErrorCode.REQUIRED, "is required");
            }
            f.parse("userTier", () -> Numbers.inRange(userTier, 1, MAX_USER_TIER));
            check(f);
            f.throwIfAny();
            return new Order(this);
        }

        /** The checks of the order as a whole: hosts and contacts named once each, a manager among them. */
        private void check(Fields f) {
            Set<EntitlementNumber> seenHosts = new HashSet<>();
            List<EntitlementNumber> distinct = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                EntitlementNumber n = hosts.get(i);
                if (n != null && !seenHosts.add(n)) {
                    f.add("hostEntitlementNumbers[" + i + "]", FieldErrorCode.DUPLICATE, n + " is listed twice");
                } else if (n != null) {
                    distinct.add(n);
                }
            }
            hosts.clear();
            hosts.addAll(distinct);
            if (contacts.isEmpty()) {
                f.add("contacts", FieldErrorCode.REQUIRED, "an order names at least one contact");
                return;
            }
            if (contacts.size() > MAX_CONTACTS) {
                f.add("contacts", FieldErrorCode.TOO_MANY, "at most " + MAX_CONTACTS + " contacts per order");
                contacts.clear();
                return;
            }
            Set<EmailAddress> seen = new HashSet<>();
            boolean complete = true;
            for (int i = 0; i < contacts.size(); i++) {
                EmailAddress email = emails.get(i);
                if (email != null && !seen.add(email)) {
                    f.add("contacts[" + i + "].email", FieldErrorCode.DUPLICATE, email + " is listed twice");
                    complete = false;
                } else if (contacts.get(i) == null) {
                    complete = false;
                }
            }
            if (complete && contacts.stream().noneMatch(c -> c.role() == ContactRole.MANAGER)) {
                f.add("contacts", FieldErrorCode.REQUIRED, "an order names at least one MANAGER (R19)");
            }
            contacts.removeIf(Objects::isNull);
        }
    }

    /**
     * An order exactly as the partner API's {@code POST /orders} body holds it: its wire names, every
     * value as typed. {@link Order#parse} reads it.
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
    public record Form(String billingAccountId, String product, String plan, String billingCycle, Integer userTier,
                       String startDate, String siteUrl, String organization, List<String> hostEntitlementNumbers,
                       List<Contact.Form> contacts) {
    }
}
