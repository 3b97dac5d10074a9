package io.partnerportal.core.partner;

import io.partnerportal.core.application.PartnerAccess;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.order.OrderLine;
import io.partnerportal.core.domain.order.Orders;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.partner.PartnerOrderCommands.Contact;
import io.partnerportal.core.partner.PartnerOrderCommands.Order;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.OrganizationRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A partner orders a product, an app or a collection (R12): what the order names is checked
 * against the catalogue and what the partner owns, every wrong field named at once; then the
 * site is locked and checked (R10), new contacts are registered, and the order is placed.
 */
public final class PlaceOrder {
    private static final RandomGenerator RANDOM = new SecureRandom();

    private final Work work;
    private final PartnerAccess access;
    private final Catalogue catalogue;
    private final SubscriptionRepository subscriptions;
    private final Sites sites;
    private final OrganizationRepository organizations;
    private final People people;

    public PlaceOrder(Work work, PartnerAccess access, Catalogue catalogue, SubscriptionRepository subscriptions, Sites sites,
               OrganizationRepository organizations, People people) {
        this.work = work;
        this.access = access;
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.sites = sites;
        this.organizations = organizations;
        this.people = people;
    }

    public List<SubscriptionView> order(Order order) {
        return work.tx().write(changes -> {
            Act act = work.act(new Actor.Partner(order.partner()));
            Checked c = check(order, act.today());
            SiteUrl site = c.product().kind() == SubscriptionKind.APP
                    ? Orders.hostsSite(c.product(), c.hosts(), c.account().id()) : c.site();
            if (site != null) {
                sites.lockOrCreate(site, act.at());
                sites.refuseIfTaken(site, c.product().kind() == SubscriptionKind.COLLECTION
                        ? c.product().includes() : List.of(c.product().code()), null);
            }
            if (c.organization() != null && organizations.find(c.organization()).isEmpty()) {
                organizations.add(new Organization(c.organization(), act.at()));
            }
            List<PersonId> contacts = new ArrayList<>();
            List<PersonId> viewers = new ArrayList<>();
            for (Contact contact : order.contacts()) {
                PersonId id = people.findOrRegister(contact.email(), contact.name(), contact.locale(), act, changes)
                        .person().id();
                contacts.add(id);
                if (contact.role() == ContactRole.VIEWER) {
                    viewers.add(id);
                }
            }
            Orders.Placed placed = Orders.place(new OrderLine(order.partner(), c.account().id(), c.product(),
                    order.plan(), order.billingCycle(), order.userTier(), c.startDate(), site, c.organization(),
                    c.hosts().stream().map(Subscription::number).toList(), contacts, viewers), newNumbers(
                    c.product().kind() == SubscriptionKind.COLLECTION ? 1 + c.product().includes().size() : 1), act);
            changes.created(placed.event(), placed.created());
            return work.views().of(placed.created());
        });
    }

    /** What the order names, checked against the catalogue, the clock and what the partner owns. */
    private record Checked(BillingAccount account, Product product, LocalDate startDate, SiteUrl site,
                           OrganizationName organization, List<Subscription> hosts) {
    }

    private Checked check(Order o, LocalDate today) {
        Fields f = new Fields();
        BillingAccount account = f.parse("billingAccountId",
                () -> access.ownAccount(o.partner(), o.billingAccount(), "billingAccountId"));
        Product product = f.parse("product", () -> catalogue.find(o.product()).orElseThrow(() ->
                new InvalidValueException(FieldErrorCode.UNKNOWN, "no product " + o.product()
                        + " in the catalogue; one of " + catalogue.all().stream().map(p -> p.code().value())
                        .collect(Collectors.joining(", ")))));
        LocalDate start = o.startDate() == null ? today : f.parse("startDate", () -> inWindow(o.startDate(), today));
        SiteUrl site = null;
        OrganizationName organization = null;
        List<Subscription> hosts = List.of();
        if (product != null) {
            if (o.site() != null && product.scope() == ProductScope.SITE) {
                site = f.parse("siteUrl", () -> sites.url(o.site()));
            } else if (o.site() != null) {
                f.add("siteUrl", FieldErrorCode.NOT_APPLICABLE, product.code() + (product.scope() == ProductScope.HOSTS
                        ? " is an app; it lives on its hosts' site" : " is set up on an organization, not a site"));
            }
            if (o.organization() != null && product.scope() == ProductScope.ORGANIZATION) {
                organization = o.organization();
            } else if (o.organization() != null) {
                f.add("organization", FieldErrorCode.NOT_APPLICABLE, product.code()
                        + " is not set up on an organization");
            }
            if (product.kind() == SubscriptionKind.APP && o.hosts().isEmpty()) {
                f.add("hostEntitlementNumbers", FieldErrorCode.REQUIRED,
                        "an app order names at least one host subscription");
            } else if (product.kind() == SubscriptionKind.APP) {
                hosts = ownHosts(o, f);
            } else if (!o.hosts().isEmpty()) {
                f.add("hostEntitlementNumbers", FieldErrorCode.NOT_APPLICABLE,
                        "only an app order names host subscriptions");
            }
        }
        f.throwIfAny();
        return new Checked(account, product, start, site, organization, hosts);
    }

    private static LocalDate inWindow(LocalDate start, LocalDate today) {
        if (start.isBefore(LocalDate.of(2000, 1, 1)) || start.isAfter(today.plusYears(2))) {
            throw new InvalidValueException(FieldErrorCode.OUT_OF_RANGE,
                    "must be between 2000-01-01 and " + today.plusYears(2));
        }
        return start;
    }

    /** R15: every host is one of the partner's subscriptions, else a field error under its index. */
    private List<Subscription> ownHosts(Order o, Fields f) {
        Map<EntitlementNumber, Subscription> found = subscriptions.findAll(o.hosts()).stream()
                .filter(s -> s.partner().equals(o.partner()))
                .collect(Collectors.toMap(Subscription::number, Function.identity()));
        List<Subscription> hosts = new ArrayList<>();
        for (int i = 0; i < o.hosts().size(); i++) {
            Subscription host = found.get(o.hosts().get(i));
            if (host == null) {
                f.add("hostEntitlementNumbers[" + i + "]", FieldErrorCode.UNKNOWN,
                        "no subscription " + o.hosts().get(i) + " of yours");
            } else {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /**
     * Fresh numbers for an order of {@code needed} subscriptions, checked against those taken (R1) in
     * one read however many; more than that are checked one by one.
     */
    private Supplier<EntitlementNumber> newNumbers(int needed) {
        Deque<EntitlementNumber> fresh = new ArrayDeque<>();
        while (fresh.size() < needed) {
            Set<EntitlementNumber> candidates = new LinkedHashSet<>();
            while (candidates.size() < needed - fresh.size()) {
                EntitlementNumber n = EntitlementNumber.generate(RANDOM);
                if (!fresh.contains(n)) {
                    candidates.add(n);
                }
            }
            Set<EntitlementNumber> taken = new HashSet<>();
            subscriptions.findAll(candidates).forEach(s -> taken.add(s.number()));
            candidates.stream().filter(n -> !taken.contains(n)).forEach(fresh::add);
        }
        return () -> fresh.isEmpty() ? newNumber() : fresh.pop();
    }

    private EntitlementNumber newNumber() {
        EntitlementNumber n;
        do {
            n = EntitlementNumber.generate(RANDOM);
        } while (subscriptions.exists(n));
        return n;
    }
}
