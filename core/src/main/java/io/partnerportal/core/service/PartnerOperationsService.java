package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.billing.BillingAccount;
import io.partnerportal.core.domain.billing.BillingAccountId;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.value.Enums;
import io.partnerportal.core.domain.notification.FirstMigratedSite;
import io.partnerportal.core.domain.cancellation.KeepProducts;
import io.partnerportal.core.domain.site.Organization;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.notification.Recipients;
import io.partnerportal.core.domain.site.Site;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionGraph;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrors;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.port.in.CancellationResult;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.PartnerOperations;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.BillingAccountRepository;
import io.partnerportal.core.port.out.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.security.SecureRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partner API's use cases (SPEC §5.2, R9, R12): a partner sees and acts only on what it bills. */
final class PartnerOperationsService implements PartnerOperations {
    static final int MAX_USER_TIER = 1_000_000;
    static final int MAX_CONTACTS = 50;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private final Storage storage;
    private final Transactions tx;
    private final Lifecycle lifecycle;
    private final Views views;
    private final History history;
    private final String siteDomain;

    PartnerOperationsService(Storage storage, Transactions tx, Lifecycle lifecycle, Views views, History history,
                             String siteDomain) {
        this.storage = storage;
        this.tx = tx;
        this.lifecycle = lifecycle;
        this.views = views;
        this.history = history;
        this.siteDomain = siteDomain;
    }

    // ---- access ----

    /** R12, R15: the partner's own subscription, or "not found". */
    private Subscription own(PartnerId partner, String rawNumber) {
        EntitlementNumber number = Inputs.entitlementNumber(rawNumber);
        return storage.subscriptions().find(number).filter(s -> s.partner().equals(partner))
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
    }

    /** R15: an id in a body that is unknown or not the partner's is a validation error on that field. */
    private BillingAccount ownAccount(PartnerId partner, String raw, String field) {
        BillingAccountId id = FieldErrors.single(field, () -> BillingAccountId.parse(raw));
        return storage.billingAccounts().find(id).filter(a -> a.isOwnedBy(partner))
                .orElseThrow(() -> ValidationException.of(field, "no billing account " + id + " of yours"));
    }

    // ---- billing accounts ----

    @Override
    public BillingAccountView createBillingAccount(CreateBillingAccount command) {
        DisplayName name = FieldErrors.single("name", () -> new DisplayName(command.name()));
        return tx.write(() -> {
            BillingAccount account = new BillingAccount(BillingAccountId.random(), command.partner(), name,
                    lifecycle.now());
            storage.billingAccounts().add(account);
            return view(account);
        });
    }

    private static BillingAccountView view(BillingAccount a) {
        return new BillingAccountView(a.id().toString(), a.name().value());
    }

    @Override
    public Page<BillingAccountView> billingAccounts(ListBillingAccounts command) {
        int limit = Inputs.limit(command.limit(), 50, 200, "limit");
        BillingAccountRepository.Position after = null;
        if (command.cursor() != null) {
            List<String> parts = Inputs.cursorParts(command.cursor(), 2);
            after = new BillingAccountRepository.Position(parts.get(0),
                    FieldErrors.single("cursor", () -> BillingAccountId.parse(parts.get(1))));
        }
        return Inputs.page(storage.billingAccounts().page(command.partner(), after, limit + 1), limit,
                last -> new String[]{last.name().value(), last.id().toString()},
                rows -> rows.stream().map(PartnerOperationsService::view).toList());
    }

    // ---- orders (R12) ----

    /** An order's inputs once each is parsed and checked on its own. */
    private record ParsedOrder(BillingAccount account, Product product, Plan plan, BillingCycle cycle, int userTier,
                               LocalDate startDate, SiteUrl site, OrganizationName organization,
                               List<Subscription> hosts, List<ContactInputParsed> contacts) {
    }

    private record ContactInputParsed(EmailAddress email, DisplayName name, ContactLocale locale) {
    }

    @Override
    public List<SubscriptionView> order(Order command) {
        return tx.write(() -> {
            ParsedOrder o = parse(command);
            return placeOrder(command.partner(), o);
        });
    }

    private ParsedOrder parse(Order c) {
        LocalDate today = lifecycle.today();
        FieldErrors errors = new FieldErrors();
        BillingAccount account = errors.field("billingAccountId",
                () -> ownAccount(c.partner(), c.billingAccountId(), "billingAccountId"));
        Product product = errors.field("product", () -> {
            ProductCode code = ProductCode.parse(c.product());
            return storage.catalogue().find(code).orElseThrow(() -> ValidationException.of("value",
                    "no product " + code + " in the catalogue; one of " + storage.catalogue().all().stream()
                            .map(p -> p.code().value()).collect(Collectors.joining(", "))));
        });
        Plan plan = errors.field("plan", () -> Enums.parse(Plan.class, c.plan()));
        BillingCycle cycle = errors.field("billingCycle", () -> Enums.parse(BillingCycle.class, c.billingCycle()));
        Integer tier = errors.field("userTier", () -> Inputs.requiredInRange(c.userTier(), 1, MAX_USER_TIER));
        LocalDate start = errors.field("startDate", () -> {
            if (c.startDate() == null) {
                return today;
            }
            LocalDate d = Inputs.date(c.startDate());
            if (d.isBefore(LocalDate.of(2000, 1, 1)) || d.isAfter(today.plusYears(2))) {
                throw ValidationException.of("value", "must be between 2000-01-01 and " + today.plusYears(2));
            }
            return d;
        });
        SiteUrl site = null;
        OrganizationName organization = null;
        List<Subscription> hosts = List.of();
        if (product != null) {
            if (c.siteUrl() != null) {
                if (product.scope() == ProductScope.SITE) {
                    site = errors.field("siteUrl", () -> SiteUrl.parse(c.siteUrl(), siteDomain));
                } else {
                    errors.add("siteUrl", product.code() + (product.scope() == ProductScope.HOSTS
                            ? " is an app; it lives on its hosts' site" : " is set up on an organization, not a site"));
                }
            }
            if (c.organization() != null) {
                if (product.scope() == ProductScope.ORGANIZATION) {
                    organization = errors.field("organization", () -> new OrganizationName(c.organization()));
                } else {
                    errors.add("organization", product.code() + " is not set up on an organization");
                }
            }
            List<String> rawHosts = c.hostEntitlementNumbers() == null ? List.of() : c.hostEntitlementNumbers();
            if (product.kind() == SubscriptionKind.APP) {
                if (rawHosts.isEmpty()) {
                    errors.add("hostEntitlementNumbers", "an app order names at least one host subscription");
                } else {
                    hosts = parseHosts(c.partner(), rawHosts, errors);
                }
            } else if (!rawHosts.isEmpty()) {
                errors.add("hostEntitlementNumbers", "only an app order names host subscriptions");
            }
        }
        List<ContactInputParsed> contacts = parseContacts(c.contacts(), errors);
        errors.throwIfAny();
        return new ParsedOrder(account, product, plan, cycle, tier, start, site, organization, hosts, contacts);
    }

    private List<Subscription> parseHosts(PartnerId partner, List<String> raw, FieldErrors errors) {
        Set<EntitlementNumber> wanted = new HashSet<>();
        for (String value : raw) {
            try {
                wanted.add(EntitlementNumber.parse(value));
            } catch (ValidationException e) {
                // reported below, under its index
            }
        }
        Map<EntitlementNumber, Subscription> found = storage.subscriptions().findAll(wanted).stream()
                .filter(s -> s.partner().equals(partner))
                .collect(Collectors.toMap(Subscription::number, Function.identity()));
        List<Subscription> hosts = new ArrayList<>();
        Set<EntitlementNumber> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "hostEntitlementNumbers[" + i + "]";
            String value = raw.get(i);
            EntitlementNumber n = errors.field(field, () -> EntitlementNumber.parse(value));
            if (n == null) {
                continue;
            }
            if (!seen.add(n)) {
                errors.add(field, n + " is listed twice");
                continue;
            }
            Subscription host = found.get(n);
            if (host == null) {
                errors.add(field, "no subscription " + n + " of yours");
            } else {
                hosts.add(host);
            }
        }
        return hosts;
    }

    private List<ContactInputParsed> parseContacts(List<ContactInput> raw, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            errors.add("contacts", "an order names at least one contact");
            return List.of();
        }
        if (raw.size() > MAX_CONTACTS) {
            errors.add("contacts", "at most " + MAX_CONTACTS + " contacts per order");
            return List.of();
        }
        List<ContactInputParsed> out = new ArrayList<>();
        Set<EmailAddress> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = "contacts[" + i + "]";
            ContactInput in = raw.get(i);
            if (in == null) {
                errors.add(p, "is required");
                continue;
            }
            EmailAddress email = errors.field(p + ".email", () -> EmailAddress.parse(in.email()));
            DisplayName name = errors.field(p + ".name", () -> new DisplayName(in.name()));
            ContactLocale locale = errors.field(p + ".locale", () -> ContactLocale.parse(in.locale()));
            if (email != null && !seen.add(email)) {
                errors.add(p + ".email", email + " is listed twice");
            } else if (email != null && name != null && locale != null) {
                out.add(new ContactInputParsed(email, name, locale));
            }
        }
        return out;
    }

    private List<SubscriptionView> placeOrder(PartnerId partner, ParsedOrder o) {
        Actor actor = new Actor.Partner(partner);
        SiteUrl site = o.site();
        if (o.product().kind() == SubscriptionKind.APP) {
            site = checkHosts(o);
        }
        if (site != null) {
            lifecycle.lockOrCreateSite(site);
            List<ProductCode> onSite = o.product().kind() == SubscriptionKind.COLLECTION ? o.product().includes()
                    : List.of(o.product().code());
            lifecycle.refuseIfLiveOnSite(site, onSite, null, "already has a live");
        }
        if (o.organization() != null && storage.organizations().find(o.organization()).isEmpty()) {
            storage.organizations().add(new Organization(o.organization(), lifecycle.now()));
        }
        Mail mail = lifecycle.mail();
        List<PersonId> contacts = new ArrayList<>();
        for (ContactInputParsed c : o.contacts()) {
            contacts.add(lifecycle.person(c.email(), c.name(), c.locale(), mail).person().id());
        }
        List<Subscription> created = new ArrayList<>();
        Subscription main = Subscription.order(newNumber(), o.product().kind(), o.product().code(), partner,
                o.account().id(), o.plan(), o.cycle(), o.userTier(), o.startDate(), site, o.organization(), null,
                o.hosts().stream().map(Subscription::number).toList(), contacts, actor, lifecycle.now());
        created.add(main);
        for (ProductCode included : o.product().includes()) {
            created.add(Subscription.order(newNumber(), SubscriptionKind.PRODUCT, included, partner,
                    o.account().id(), o.plan(), o.cycle(), o.userTier(), o.startDate(), site, null, main.number(),
                    List.of(), contacts, actor, lifecycle.now()));
        }
        lifecycle.storeNew(created);
        var catalogue = views.catalogue();
        String partnerName = lifecycle.partnerName(partner);
        mail.sendEach(contacts, NotificationType.PRODUCT_ORDERED, c -> c.withPartner(partnerName)
                .withSubscriptions(views.summaries(created, catalogue)));
        mail.flush();
        return views.of(created);
    }

    /** R12: an app's hosts are live, compatible, on one site and in the order's billing account. */
    private SiteUrl checkHosts(ParsedOrder o) {
        LocalDate today = lifecycle.today();
        SiteUrl site = null;
        for (Subscription h : o.hosts()) {
            if (!h.isLive()) {
                throw new RuleRefusedException(ErrorCode.HOST_NOT_LIVE, h.number() + " is cancelled or being cancelled");
            }
            if (!o.product().acceptsHost(h.product())) {
                throw new RuleRefusedException(ErrorCode.HOST_NOT_COMPATIBLE, o.product().code() + " installs on "
                        + o.product().hostProducts().stream().map(ProductCode::value).collect(Collectors.joining(", "))
                        + ", not on " + h.product());
            }
            if (!h.billingAccount().equals(o.account().id())) {
                throw new RuleRefusedException(ErrorCode.HOST_IN_OTHER_BILLING_ACCOUNT, h.number()
                        + " is in another billing account than the order");
            }
            SiteUrl hostSite = h.site().orElseThrow(() -> new RuleRefusedException(ErrorCode.HOST_NOT_SET_UP,
                    h.number() + " is not set up on a site yet"));
            if (site != null && !site.equals(hostSite)) {
                throw new RuleRefusedException(ErrorCode.HOSTS_ON_DIFFERENT_SITES,
                        "an app's hosts share one site; " + site + " and " + hostSite + " differ");
            }
            site = hostSite;
        }
        return site;
    }

    private EntitlementNumber newNumber() {
        EntitlementNumber n;
        do {
            n = EntitlementNumber.generate(RANDOM);
        } while (storage.subscriptions().exists(n));
        return n;
    }

    // ---- reading ----

    @Override
    public Page<SubscriptionView> subscriptions(ListSubscriptions command) {
        FieldErrors errors = new FieldErrors();
        BillingAccountId account = command.billingAccountId() == null ? null : errors.field("billingAccountId",
                () -> ownAccount(command.partner(), command.billingAccountId(), "billingAccountId").id());
        SubscriptionStatus status = command.status() == null ? null
                : errors.field("status", () -> Enums.parse(SubscriptionStatus.class, command.status()));
        Integer limit = errors.field("limit", () -> Inputs.limit(command.limit(), 50, 200, "limit"));
        EntitlementNumber after = command.cursor() == null ? null : errors.field("cursor",
                () -> EntitlementNumber.parse(Inputs.cursorParts(command.cursor(), 1).get(0)));
        errors.throwIfAny();
        return tx.read(() -> {
            return Inputs.page(storage.subscriptions().partnerPage(command.partner(), account, status,
                    lifecycle.today(), after, limit + 1), limit, last -> new String[]{last.number().value()}, views::of);
        });
    }

    @Override
    public SubscriptionView subscription(GetSubscription command) {
        return tx.read(() -> views.of(own(command.partner(), command.entitlementNumber())));
    }

    @Override
    public Page<HistoryItem> history(ListHistory command) {
        int limit = Inputs.limit(command.limit(), 50, 200, "limit");
        return tx.read(() -> history.page(own(command.partner(), command.entitlementNumber()).number(),
                command.cursor(), limit));
    }

    // ---- contacts and usage ----

    @Override
    public SubscriptionView assignContact(AssignContact command) {
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.field("email", () -> EmailAddress.parse(command.email()));
        DisplayName name = errors.field("name", () -> new DisplayName(command.name()));
        ContactLocale locale = errors.field("locale", () -> ContactLocale.parse(command.locale()));
        errors.throwIfAny();
        return tx.write(() -> {
            Subscription s = own(command.partner(), command.entitlementNumber());
            return views.of(lifecycle.assign(s, email, name, locale, new Actor.Partner(command.partner())));
        });
    }

    @Override
    public SubscriptionView removeContact(RemoveContact command) {
        EmailAddress email = FieldErrors.single("email", () -> EmailAddress.parse(command.email()));
        return tx.write(() -> {
            Subscription s = own(command.partner(), command.entitlementNumber());
            return views.of(lifecycle.unassign(s, email, new Actor.Partner(command.partner())));
        });
    }

    @Override
    public SubscriptionView reportUsage(ReportUsage command) {
        int users = FieldErrors.single("activeUsers",
                () -> Inputs.requiredInRange(command.activeUsers(), 0, 10 * MAX_USER_TIER));
        return tx.write(() -> {
            Subscription s = own(command.partner(), command.entitlementNumber());
            if (s.reportUsage(users, new Actor.Partner(command.partner()), lifecycle.now())) {
                lifecycle.store(List.of(s));
            }
            return views.of(s);
        });
    }

    // ---- moves (R9) ----

    @Override
    public List<SubscriptionView> move(Move command) {
        return tx.write(() -> {
            Subscription target = own(command.partner(), command.entitlementNumber());
            BillingAccount to = ownAccount(command.partner(), command.billingAccountId(), "billingAccountId");
            LocalDate today = lifecycle.today();
            if (target.kind() == SubscriptionKind.APP) {
                throw new RuleRefusedException(ErrorCode.APP_MOVES_WITH_ITS_HOSTS, target.number()
                        + " is an app; it moves with its hosts");
            }
            if (target.isIncludedOn(today)) {
                throw new RuleRefusedException(ErrorCode.INCLUDED_IN_COLLECTION, target.number()
                        + " is included in " + target.collectionOn(today).orElseThrow()
                        + "; move the collection");
            }
            SubscriptionGraph graph = lifecycle.graphAround(target);
            List<Subscription> moving = new ArrayList<>(List.of(target));
            graph.orderedIn(target).stream().filter(p -> p.isIncludedOn(today)).forEach(moving::add);
            Set<EntitlementNumber> movingNumbers = moving.stream().map(Subscription::number)
                    .collect(Collectors.toSet());
            for (Subscription app : graph.appsOn(moving)) {
                boolean cancelled = app.status(today) == SubscriptionStatus.CANCELLED;
                List<Subscription> stayingBehind = graph.hostsOf(app).stream()
                        .filter(h -> !movingNumbers.contains(h.number()))
                        .filter(h -> cancelled || h.status(today) != SubscriptionStatus.CANCELLED)
                        .toList();
                if (stayingBehind.isEmpty()) {
                    moving.add(app);
                } else if (!cancelled) {
                    throw new RuleRefusedException(ErrorCode.APP_HOST_STAYS_BEHIND, app.number()
                            + " is also installed on " + stayingBehind.get(0).number()
                            + ", which stays in its billing account");
                }
            }
            if (target.billingAccount().equals(to.id())) {
                return views.of(moving);
            }
            BillingAccount from = storage.billingAccounts().find(target.billingAccount()).orElseThrow();
            Actor actor = new Actor.Partner(command.partner());
            moving.forEach(s -> s.moveTo(from, to, actor, lifecycle.now()));
            lifecycle.store(moving);
            var catalogue = views.catalogue();
            String partnerName = lifecycle.partnerName(command.partner());
            Mail mail = lifecycle.mail();
            mail.sendEach(Recipients.of(moving), NotificationType.BILLING_ACCOUNT_CHANGED,
                    c -> c.withPartner(partnerName).withSubscriptions(views.summaries(moving, catalogue))
                            .withMove(from.name().value(), to.name().value()));
            mail.flush();
            return views.of(moving);
        });
    }

    // ---- cancellation (R4-R7) ----

    @Override
    public CancellationResult previewCancellation(Cancel command) {
        return cancel(command, true);
    }

    @Override
    public CancellationResult cancel(Cancel command) {
        return cancel(command, false);
    }

    private CancellationResult cancel(Cancel command, boolean preview) {
        CancellationTiming when = Inputs.optionalEnum(CancellationTiming.class, command.when(), "when",
                CancellationTiming.END_OF_TERM);
        CancellationReason reason = Inputs.optionalEnum(CancellationReason.class, command.reason(), "reason", null);
        return tx.write(() -> {
            Subscription s = own(command.partner(), command.entitlementNumber());
            Product product = storage.catalogue().find(s.product()).orElseThrow();
            Set<ProductCode> keep = KeepProducts.parse(product, command.keepProducts());
            refuseIfIncluded(s);
            return lifecycle.cancel(s, when, reason, keep, new Actor.Partner(command.partner()), preview);
        });
    }

    /** R6: an included product is cancelled (or withdrawn) with its collection only. */
    private void refuseIfIncluded(Subscription s) {
        s.collectionOn(lifecycle.today()).ifPresent(c -> {
            throw new RuleRefusedException(ErrorCode.INCLUDED_IN_COLLECTION, s.number() + " is included in " + c
                    + "; cancel the collection with keepProducts instead");
        });
    }

    @Override
    public SubscriptionView withdrawCancellation(GetSubscription command) {
        return tx.write(() -> {
            Subscription s = own(command.partner(), command.entitlementNumber());
            refuseIfIncluded(s);
            return views.of(lifecycle.withdraw(s, new Actor.Partner(command.partner())));
        });
    }

    // ---- site migration (R12, R13) ----

    @Override
    public SiteMigration migrateSite(MigrateSite command) {
        SiteUrl url = FieldErrors.single("siteUrl", () -> SiteUrl.parse(command.siteUrl(), siteDomain));
        return tx.write(() -> {
            LocalDate today = lifecycle.today();
            List<Subscription> onSite = storage.subscriptions().findOnSite(url);
            List<Subscription> live = onSite.stream()
                    .filter(Subscription::isLive).toList();
            if (live.stream().noneMatch(s -> s.partner().equals(command.partner()))) {
                throw new NotFoundException("Site " + url);
            }
            Site site = storage.sites().lock(url).orElseThrow(() -> new NotFoundException("Site " + url));
            if (site.isMigrated()) {
                return new SiteMigration(url.value(), site.migratedOn());
            }
            Site migrated = site.migrate(today);
            storage.sites().update(migrated);
            Actor actor = new Actor.Partner(command.partner());
            live.forEach(s -> s.siteMigrated(today, actor, lifecycle.now()));
            lifecycle.store(live);
            notifyFirstMigration(url, today, live);
            return new SiteMigration(url.value(), migrated.migratedOn());
        });
    }

    private void notifyFirstMigration(SiteUrl url, LocalDate today, List<Subscription> live) {
        List<PersonId> contacts = Recipients.of(live);
        Mail mail = lifecycle.mail();
        var catalogue = views.catalogue();
        for (Person person : storage.people().findAll(contacts)) {
            List<Subscription> theirs = storage.subscriptions().findAssignedTo(person.id());
            Set<SiteUrl> sites = theirs.stream().map(s -> s.site().orElse(null)).filter(Objects::nonNull)
                    .filter(s -> !s.equals(url)).collect(Collectors.toSet());
            Set<SiteUrl> migrated = storage.sites().findAll(sites).stream().filter(Site::isMigrated)
                    .map(Site::url).collect(Collectors.toSet());
            if (FirstMigratedSite.isFirstFor(person, url, theirs, migrated)) {
                storage.people().update(person.afterSiteMigrationNotice());
                List<Subscription> theirsHere = live.stream().filter(s -> s.isAssigned(person.id())).toList();
                mail.send(person, Mail.to(person, NotificationType.SITE_MIGRATED)
                        .withSubscriptions(views.summaries(theirsHere, catalogue))
                        .withSite(url.value(), today));
            }
        }
        mail.flush();
    }
}
