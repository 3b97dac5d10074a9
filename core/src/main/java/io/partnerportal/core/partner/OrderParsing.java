package io.partnerportal.core.partner;

import io.partnerportal.core.application.Inputs;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteAddress;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.value.Enums;
import io.partnerportal.core.partner.PartnerOrderCommands.Contact;
import io.partnerportal.core.partner.PartnerOrderCommands.ContactInput;
import io.partnerportal.core.partner.PartnerOrderCommands.Order;
import io.partnerportal.core.partner.PartnerOrderCommands.OrderRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The parse step of an order: every field checked for its form, every wrong one named at once. */
public final class OrderParsing {
    /** The largest user tier an order may name. */
    public static final int MAX_USER_TIER = 1_000_000;
    /** The most contacts one order may name. */
    public static final int MAX_CONTACTS = 50;

    private OrderParsing() {
    }

    public static Order parse(PartnerId partner, OrderRequest r) {
        Fields f = new Fields();
        BillingAccountId account = f.parse("billingAccountId", () -> BillingAccountId.parse(r.billingAccountId()));
        ProductCode product = f.parse("product", () -> ProductCode.parse(r.product()));
        Plan plan = f.parse("plan", () -> Enums.parse(Plan.class, r.plan()));
        BillingCycle cycle = f.parse("billingCycle", () -> Enums.parse(BillingCycle.class, r.billingCycle()));
        Integer tier = f.parse("userTier", () -> Inputs.inRange(r.userTier(), 1, MAX_USER_TIER));
        var start = f.optional("startDate", r.startDate(), Inputs::date);
        SiteAddress site = f.optional("siteUrl", r.siteUrl(), SiteAddress::parse);
        OrganizationName organization = f.optional("organization", r.organization(), OrganizationName::new);
        List<EntitlementNumber> hosts = hosts(f, r.hostEntitlementNumbers());
        List<Contact> contacts = contacts(f, r.contacts());
        f.throwIfAny();
        return new Order(partner, account, product, plan, cycle, tier, start, site, organization, hosts, contacts);
    }

    private static List<EntitlementNumber> hosts(Fields f, List<String> raw) {
        List<EntitlementNumber> hosts = new ArrayList<>();
        Set<EntitlementNumber> seen = new HashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String field = "hostEntitlementNumbers[" + i + "]";
            String value = raw.get(i);
            EntitlementNumber n = f.parse(field, () -> EntitlementNumber.parse(value));
            if (n != null && !seen.add(n)) {
                f.add(field, FieldErrorCode.DUPLICATE, n + " is listed twice");
            } else if (n != null) {
                hosts.add(n);
            }
        }
        return hosts;
    }

    private static List<Contact> contacts(Fields f, List<ContactInput> raw) {
        if (raw == null || raw.isEmpty()) {
            f.add("contacts", FieldErrorCode.REQUIRED, "an order names at least one contact");
            return List.of();
        }
        if (raw.size() > MAX_CONTACTS) {
            f.add("contacts", FieldErrorCode.TOO_MANY, "at most " + MAX_CONTACTS + " contacts per order");
            return List.of();
        }
        List<Contact> out = new ArrayList<>();
        Set<EmailAddress> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = "contacts[" + i + "]";
            if (raw.get(i) == null) {
                f.add(p, FieldErrorCode.REQUIRED, "is required");
                continue;
            }
            ContactInput in = raw.get(i);
            EmailAddress email = f.parse(p + ".email", () -> EmailAddress.parse(in.email()));
            DisplayName name = f.parse(p + ".name", () -> new DisplayName(in.name()));
            ContactLocale locale = f.parse(p + ".locale", () -> ContactLocale.parse(in.locale()));
            ContactRole role = f.parse(p + ".role", () -> ContactRole.parseOrDefault(in.role()));
            if (email != null && !seen.add(email)) {
                f.add(p + ".email", FieldErrorCode.DUPLICATE, email + " is listed twice");
            } else if (email != null && name != null && locale != null && role != null) {
                out.add(new Contact(email, name, locale, role));
            }
        }
        if (out.size() == raw.size() && out.stream().noneMatch(c -> c.role() == ContactRole.MANAGER)) {
            f.add("contacts", FieldErrorCode.REQUIRED, "an order names at least one MANAGER (R19)");
        }
        return out;
    }

    /** One contact, its fields named after {@code prefix}; null when one of them is wrong. */
    public static Contact contact(Fields f, String prefix, ContactInput in) {
        EmailAddress email = f.parse(prefix + "email", () -> EmailAddress.parse(in.email()));
        DisplayName name = f.parse(prefix + "name", () -> new DisplayName(in.name()));
        ContactLocale locale = f.parse(prefix + "locale", () -> ContactLocale.parse(in.locale()));
        ContactRole role = f.parse(prefix + "role", () -> ContactRole.parseOrDefault(in.role()));
        return email == null || name == null || locale == null || role == null ? null
                : new Contact(email, name, locale, role);
    }
}
