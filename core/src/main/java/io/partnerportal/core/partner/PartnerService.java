package io.partnerportal.core.partner;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.Cancelling;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Graphs;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.billing.Moves;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.application.Requests;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestStatus;
import io.partnerportal.core.port.out.RequestStore;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.InvalidValueException;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.notification.FirstMigratedSite;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.order.Orders;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteMigrations;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.PlanChanges;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.port.out.BillingAccountRepository;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.OrganizationRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SiteRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The partner API's use cases (SPEC §5.2, §6.2), one method each. A partner reaches only what it bills
 * (R12, R15): {@link #own} and {@link #ownAccount} are asked first. Reads of subscriptions are one
 * statement each, outside a unit of work; every change runs in one.
 */
final class PartnerService implements PartnerOperations {
    private static final RandomGenerator RANDOM = new SecureRandom();

    private final Transactions tx;
    private final Views views;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionSheets sheets;
    private final BillingAccountRepository accounts;
    private final Catalogue catalogue;
    private final OrganizationRepository organizations;
    private final PersonRepository persons;
    private final Sites sites;
    private final Graphs graphs;
    private final Cancelling cancelling;
    private final People people;
    private final HistoryPages history;
    private final Requests requests;

    PartnerService(Transactions tx, Views views, SubscriptionRepository subscriptions, SubscriptionSheets sheets,
                   BillingAccountRepository accounts, Catalogue catalogue, OrganizationRepository organizations,
                   PersonRepository persons, Sites sites, Graphs graphs, Cancelling cancelling, People people,
                   HistoryPages history, Requests requests) {
        this.requests = requests;
        this.tx = tx;
        this.views = views;
        this.subscriptions = subscriptions;
        this.sheets = sheets;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.organizations = organizations;
        this.persons = persons;
        this.sites = sites;
        this.graphs = graphs;
        this.cancelling = cancelling;
        this.people = people;
        this.history = history;
    }

    /** R12, R15: the partner's own subscription, or "not found". */
    private Subscription own(PartnerId partner, EntitlementNumber number) {
        return subscriptions.find(number).filter(s -> s.partner().equals(partner))
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
    }

    /** An account named in a request: unknown or not the partner's is a validation error on {@code field}. */
    private BillingAccount ownAccount(PartnerId partner, BillingAccountId id, String field) {
        return accounts.find(id).filter(a -> a.isOwnedBy(partner))
                .orElseThrow(() -> ValidationException.of(field, FieldErrorCode.UNKNOWN,
                        "no billing account " + id + " of yours"));
    }

    private static Act by(PartnerId partner, Transactions tx) {
        return tx.act(new Actor.Partner(partner));
    }

    // ---- billing accounts ----

    @Override
    public BillingAccountView createBillingAccount(CreateBillingAccount c) {
        return tx.write(() -> {
            BillingAccount account = new BillingAccount(BillingAccountId.random(), c.partner(), c.name(), tx.now());
            accounts.add(account);
            return accountView(account);
        });
    }

    @Override
    public Page<BillingAccountView> billingAccounts(ListBillingAccounts c) {
        BillingAccountRepository.Position after = Cursor.position(c.cursor(), "cursor", 2,
                p -> new BillingAccountRepository.Position(p.get(0), BillingAccountId.parse(p.get(1))));
        return Page.of(accounts.page(c.partner(), after, c.limit() + 1), c.limit(),
                last -> Cursor.of(last.name().value(), last.id().toString()),
                rows -> rows.stream().map(PartnerService::accountView).toList());
    }

    private static BillingAccountView accountView(BillingAccount a) {
        return new BillingAccountView(a.id().toString(), a.name().value());
    }

    // ---- orders and reads ----

    /**
     * What the order names is checked against the catalogue and what the partner owns, every wrong
     * field named at once; then the site is locked and checked (R10), new contacts are registered, and
     * the order is placed.
     */
    @Override
    public List<SubscriptionView> order(Order order) {
        return tx.write(changes -> {
            Act act = by(order.partner(), tx);
            LocalDate today = act.today();
            Fields f = new Fields();
            BillingAccount account = f.parse("billingAccountId",
                    () -> ownAccount(order.partner(), order.billingAccount(), "billingAccountId"));
            Product product = f.parse("product", () -> catalogue.find(order.product()).orElseThrow(() ->
                    new InvalidValueException(FieldErrorCode.UNKNOWN, "no product " + order.product()
                            + " in the catalogue; one of " + catalogue.all().stream().map(p -> p.code().value())
                            .collect(Collectors.joining(", ")))));
            order.startDate().ifPresent(start -> f.parse("startDate", () -> inWindow(start, today)));
            SiteUrl named = null;
            OrganizationName organization = null;
            List<Subscription> hosts = List.of();
            if (product != null) {
                if (order.site().isPresent() && product.scope() == ProductScope.SITE) {
                    named = f.parse("siteUrl", () -> sites.url(order.site().get()));
                } else if (order.site().isPresent()) {
                    f.add("siteUrl", FieldErrorCode.NOT_APPLICABLE, product.code()
                            + (product.scope() == ProductScope.HOSTS ? " is an app; it lives on its hosts' site"
                            : " is set up on an organization, not a site"));
                }
                if (order.organization().isPresent() && product.scope() == ProductScope.ORGANIZATION) {
                    organization = order.organization().get();
                } else if (order.organization().isPresent()) {
                    f.add("organization", FieldErrorCode.NOT_APPLICABLE, product.code()
                            + " is not set up on an organization");
                }
                if (product.kind() == SubscriptionKind.APP && order.hosts().isEmpty()) {
                    f.add("hostEntitlementNumbers", FieldErrorCode.REQUIRED,
                            "an app order names at least one host subscription");
                } else if (product.kind() == SubscriptionKind.APP) {
                    hosts = ownHosts(order, f);
                } else if (!order.hosts().isEmpty()) {
                    f.add("hostEntitlementNumbers", FieldErrorCode.NOT_APPLICABLE,
                            "only an app order names host subscriptions");
                }
            }
            f.throwIfAny();
            SiteUrl site = product.kind() == SubscriptionKind.APP
                    ? Orders.hostsSite(product, hosts, account.id()) : named;
            if (site != null) {
                sites.lockOrCreate(site, act.at());
                sites.refuseIfTaken(site, product.kind() == SubscriptionKind.COLLECTION
                        ? product.includes() : List.of(product.code()), null);
            }
            if (organization != null && organizations.find(organization).isEmpty()) {
                organizations.add(new Organization(organization, act.at()));
            }
            Map<EmailAddress, PersonId> contacts = new HashMap<>();
            order.contacts().forEach(c -> contacts.put(c.email(), people.findOrRegister(c.email(), c.name(),
                    c.locale(), act, changes).person().id()));
            Orders.Placed placed = Orders.place(order, product, site, contacts::get, newNumbers(
                    product.kind() == SubscriptionKind.COLLECTION ? 1 + product.includes().size() : 1), act);
            changes.created(placed.event(), placed.created());
            return views.of(placed.created());
        });
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

    @Override
    public Page<SubscriptionView> subscriptions(ListSubscriptions c) {
        BillingAccountId account = c.billingAccount() == null ? null
                : ownAccount(c.partner(), c.billingAccount(), "billingAccountId").id();
        EntitlementNumber after = Cursor.position(c.cursor(), "cursor", 1, p -> EntitlementNumber.parse(p.get(0)));
        // reads outside a unit of work: each is one statement, which needs no transaction of its own
        return Page.of(sheets.partnerPage(c.partner(), account, c.status(), tx.today(), after, c.limit() + 1),
                c.limit(), last -> Cursor.of(last.subscription().number().value()), views::ofSheets);
    }

    @Override
    public SubscriptionView subscription(GetSubscription c) {
        return views.ofSheet(sheets.find(c.subscription(), tx.today(), null)
                .filter(s -> s.subscription().partner().equals(c.partner()))
                .orElseThrow(() -> new NotFoundException("Subscription " + c.subscription())));
    }

    @Override
    public Page<HistoryItem> history(ListHistory c) {
        return history.page(own(c.partner(), c.subscription()).number(), c.cursor(), c.limit());
    }

    @Override
    public List<Product> catalogue() {
        return catalogue.all().stream().sorted(java.util.Comparator.comparing(p -> p.code().value())).toList();
    }

    // ---- contacts and usage ----

    @Override
    public SubscriptionView assignContact(AssignContact c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            people.assign(s, c.contact(), by(c.partner(), tx), changes);
            return views.of(s);
        });
    }

    @Override
    public SubscriptionView removeContact(RemoveContact c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            people.unassign(s, c.email(), by(c.partner(), tx), changes);
            return views.of(s);
        });
    }

    @Override
    public SubscriptionView reportUsage(ReportUsage c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            changes.commit(s.reportUsage(c.activeUsers(), by(c.partner(), tx)), List.of(s));
            return views.of(s);
        });
    }

    // ---- moves and migrations ----

    @Override
    public List<SubscriptionView> move(Move c) {
        return tx.write(changes -> {
            Subscription target = own(c.partner(), c.subscription());
            BillingAccount to = ownAccount(c.partner(), c.billingAccount(), "billingAccountId");
            Moves.refusal(target, tx.today()).ifPresent(r -> {
                throw r.exception();
            });
            SubscriptionGraph graph = graphs.around(target);
            List<Subscription> moving = Moves.whatMoves(graph, graph.get(target.number()), tx.today());
            BillingAccount from = accounts.find(target.billingAccount()).orElseThrow();
            changes.commit(Moves.move(moving, from, to, by(c.partner(), tx)), moving);
            return views.of(moving);
        });
    }

    /**
     * The site is the partner's when one of its live subscriptions is there; contacts for whom it is
     * their first site on the new platform are told (R13), and remembered as told.
     */
    @Override
    public SiteMigration migrateSite(MigrateSite c) {
        SiteUrl url = Fields.single("siteUrl", () -> sites.url(c.site()));
        SiteRepository repository = sites.repository();
        return tx.write(changes -> {
            List<Subscription> live = subscriptions.findOnSite(url).stream().filter(Subscription::isLive).toList();
            if (live.stream().noneMatch(s -> s.partner().equals(c.partner()))) {
                throw new NotFoundException("Site " + url);
            }
            Site site = repository.lock(url).orElseThrow(() -> new NotFoundException("Site " + url));
            if (site.isMigrated()) {
                return new SiteMigration(url.value(), site.migratedOn());
            }
            Optional<SiteMigrations.Migrated> migrated = SiteMigrations.migrate(site, live, toldFirst(url, live),
                    by(c.partner(), tx));
            repository.update(migrated.orElseThrow().site());
            changes.commit(migrated.map(SiteMigrations.Migrated::event), live);
            return new SiteMigration(url.value(), migrated.get().site().migratedOn());
        });
    }

    /** R13: the contacts for whom this is their first site on the new platform, remembered as told. */
    private List<Person> toldFirst(SiteUrl url, List<Subscription> live) {
        List<Person> told = new ArrayList<>();
        for (Person person : persons.findAll(Recipients.of(live))) {
            List<Subscription> theirs = subscriptions.findAssignedTo(person.id());
            Set<SiteUrl> others = theirs.stream().map(s -> s.site().orElse(null)).filter(Objects::nonNull)
                    .filter(s -> !s.equals(url)).collect(Collectors.toSet());
            Set<SiteUrl> migrated = sites.repository().findAll(others).stream().filter(Site::isMigrated)
                    .map(Site::url).collect(Collectors.toSet());
            if (FirstMigratedSite.isFirstFor(person, url, theirs, migrated)) {
                persons.update(person.afterSiteMigrationNotice());
                told.add(person);
            }
        }
        return told;
    }

    // ---- cancelling ----

    @Override
    public CancellationResult previewCancellation(Cancel c) {
        Subscription s = own(c.partner(), c.subscription());
        Set<ProductCode> keep = KeepProducts.check(catalogue.find(s.product()).orElseThrow(), c.keepProducts());
        refuse(CancellationRules.refusalForPartner(s, tx.today()));
        return cancelling.preview(s, c.when(), c.reason(), keep, by(c.partner(), tx));
    }

    @Override
    public CancellationResult cancel(Cancel c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            Set<ProductCode> keep = KeepProducts.check(catalogue.find(s.product()).orElseThrow(), c.keepProducts());
            refuse(CancellationRules.refusalForPartner(s, tx.today()));
            PartnerRequest fulfilled = c.request() == null ? null
                    : requests.fulfilled(c.partner(), c.request(), s.number());
            Act act = by(c.partner(), tx);
            CancellationResult result = cancelling.cancel(s, c.when(), c.reason(), keep, act, changes);
            if (fulfilled != null) {
                requests.resolve(fulfilled, RequestStatus.DONE, null, act, changes);
            }
            return result;
        });
    }

    @Override
    public SubscriptionView withdrawCancellation(GetSubscription c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            refuse(CancellationRules.refusalForPartner(s, tx.today()));
            return cancelling.withdraw(s, by(c.partner(), tx), changes);
        });
    }

    private static void refuse(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.exception();
        });
    }

    // ---- plan changes ----

    @Override
    public SubscriptionView changePlan(ChangePlan c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            PartnerRequest fulfilled = c.request() == null ? null
                    : requests.fulfilled(c.partner(), c.request(), s.number());
            Act act = by(c.partner(), tx);
            changes.commit(PlanChanges.change(s, new PlanChanges.Request(c.plan(), c.userTier(), c.billingCycle(),
                    c.when()), act), List.of(s));
            if (fulfilled != null) {
                requests.resolve(fulfilled, RequestStatus.DONE, null, act, changes);
            }
            return views.of(s);
        });
    }

    @Override
    public SubscriptionView withdrawPlanChange(GetSubscription c) {
        return tx.write(changes -> {
            Subscription s = own(c.partner(), c.subscription());
            changes.commit(PlanChanges.withdraw(s, by(c.partner(), tx)), List.of(s));
            return views.of(s);
        });
    }

    // ---- requests from the contacts (R23) ----

    @Override
    public Page<RequestView> requests(ListRequests c) {
        RequestStore.Position after = Requests.position(c.cursor());
        return requests.page(requests.store().forPartner(c.partner(), Optional.ofNullable(c.status()), after,
                c.limit() + 1), c.limit());
    }

    @Override
    public RequestView resolveRequest(ResolveRequest c) {
        return tx.write(changes -> {
            PartnerRequest r = requests.own(c.partner(), c.request());
            return requests.view(requests.resolve(r, c.status(), c.note(), by(c.partner(), tx), changes));
        });
    }
}
