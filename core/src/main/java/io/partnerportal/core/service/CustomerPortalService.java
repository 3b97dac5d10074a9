package io.partnerportal.core.service;

import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.party.ContactLocale;
import io.partnerportal.core.domain.party.DisplayName;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.site.OrganizationName;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.subscription.Terms;
import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldErrors;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.port.in.CancellationResult;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.LinkedView;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.ContactListQuery;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The customer portal's use cases (SPEC §5.3): a contact acts on what they can see (R11), nothing else (R15). */
final class CustomerPortalService implements CustomerPortal {
    static final int PAGE_SIZE = 50;

    private final Storage storage;
    private final Transactions tx;
    private final Lifecycle lifecycle;
    private final Views views;
    private final History history;
    private final String siteDomain;

    CustomerPortalService(Storage storage, Transactions tx, Lifecycle lifecycle, Views views, History history,
                          String siteDomain) {
        this.storage = storage;
        this.tx = tx;
        this.lifecycle = lifecycle;
        this.views = views;
        this.history = history;
        this.siteDomain = siteDomain;
    }

    // ---- access (R11, R15) ----

    /** A subscription the viewer can see, and the subscriptions they are assigned to. */
    private record Seen(Subscription subscription, List<Subscription> assignedTo, Set<EntitlementNumber> assigned) {
    }

    private Seen visible(PersonId viewer, String rawNumber) {
        EntitlementNumber number = Inputs.entitlementNumber(rawNumber);
        Subscription s = storage.subscriptions().find(number)
                .orElseThrow(() -> new NotFoundException("Subscription " + number));
        List<Subscription> assignedTo = storage.subscriptions().findAssignedTo(viewer);
        Set<EntitlementNumber> assigned = assignedTo.stream().map(Subscription::number).collect(Collectors.toSet());
        if (!Visibility.canSee(viewer, s, assigned)) {
            throw new NotFoundException("Subscription " + number);
        }
        return new Seen(s, assignedTo, assigned);
    }

    /** R6: collections and their included products are the billing partner's to cancel. */
    private void refuseCollectionChange(Subscription s) {
        if (mustContactPartner(s)) {
            throw new RuleRefusedException(ErrorCode.CONTACT_BILLING_PARTNER, s.number()
                    + (s.kind() == SubscriptionKind.COLLECTION ? " is a collection" : " is included in a collection")
                    + "; contact your billing partner to cancel it or withdraw its cancellation");
        }
    }

    private boolean mustContactPartner(Subscription s) {
        return s.kind() == SubscriptionKind.COLLECTION || s.isIncludedOn(lifecycle.today());
    }

    // ---- list and details ----

    @Override
    public Page<Row> list(ListSubscriptions command) {
        ContactListQuery.Position after = null;
        if (command.cursor() != null) {
            List<String> parts = Inputs.cursorParts(command.cursor(), 2);
            after = new ContactListQuery.Position(parts.get(0),
                    FieldErrors.single("cursor", () -> EntitlementNumber.parse(parts.get(1))));
        }
        LocalDate today = lifecycle.today();
        return Inputs.page(storage.contactList().page(command.viewer(), command.tab(), today, after, PAGE_SIZE + 1),
                PAGE_SIZE, last -> new String[]{last.productName(), last.number().value()},
                rows -> rows.stream().map(r -> row(r, today)).toList());
    }

    private static Row row(ContactListQuery.Row r, LocalDate today) {
        SubscriptionStatus status = Subscription.statusOf(r.cancellationOn(), r.startDate(), today);
        Long renewal = status == SubscriptionStatus.ACTIVE
                ? Terms.daysUntil(today, Terms.billDate(r.termStart(), r.billingCycle(), today)) : null;
        Long start = status == SubscriptionStatus.UPCOMING ? Terms.daysUntil(today, r.startDate()) : null;
        LocalDate cancelsOn = status == SubscriptionStatus.CANCELLED ? null : r.cancellationOn();
        List<LinkedView> linked = r.links().stream().map(l -> new LinkedView(l.number().value(), l.productName(),
                l.kind(), l.relation().name(), l.visibleToViewer())).toList();
        return new Row(r.number().value(), r.kind(), r.productName(), r.plan(), r.userTier(), status, renewal, start,
                cancelsOn, r.partnerName(), linked);
    }

    @Override
    public Details details(ViewSubscription command) {
        return tx.read(() -> {
            Seen seen = visible(command.viewer(), command.entitlementNumber());
            return details(command.viewer(), List.of(seen.subscription()), seen.assigned()).get(0);
        });
    }

    /**
     * The details of {@code subs}, in their order, in a fixed number of reads whatever their number:
     * their views, then every subscription they link to and their partners at once.
     */
    private List<Details> details(PersonId viewer, List<Subscription> subs, Set<EntitlementNumber> assigned) {
        LocalDate today = lifecycle.today();
        List<SubscriptionView> shown = views.of(subs);
        Set<EntitlementNumber> neighbours = new LinkedHashSet<>();
        for (int i = 0; i < subs.size(); i++) {
            SubscriptionView v = shown.get(i);
            neighbours.addAll(subs.get(i).hosts());
            v.apps().forEach(n -> neighbours.add(new EntitlementNumber(n)));
            v.includedProducts().forEach(n -> neighbours.add(new EntitlementNumber(n)));
            if (v.collection() != null) {
                neighbours.add(new EntitlementNumber(v.collection()));
            }
        }
        Map<EntitlementNumber, Subscription> linkedBy = neighbours.isEmpty() ? Map.of()
                : storage.subscriptions().findAll(neighbours).stream()
                .collect(Collectors.toMap(Subscription::number, Function.identity()));
        Map<PartnerId, String> partnerEmails = storage.partners()
                .findAll(subs.stream().map(Subscription::partner).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Partner::id, p -> p.contactEmail().value()));
        Map<ProductCode, Product> catalogue = views.catalogue();
        List<Details> out = new ArrayList<>(subs.size());
        for (int i = 0; i < subs.size(); i++) {
            Subscription s = subs.get(i);
            SubscriptionView v = shown.get(i);
            List<LinkedView> linked = new ArrayList<>();
            Function<Stream<String>, Stream<Subscription>> load = numbers -> numbers
                    .map(n -> linkedBy.get(new EntitlementNumber(n))).filter(Objects::nonNull);
            switch (s.kind()) {
                case PRODUCT -> {
                    load.apply(v.apps().stream()).sorted(Comparator.comparing(Subscription::number))
                            .forEach(a -> linked.add(link(viewer, a, Relation.APP, assigned, catalogue)));
                    load.apply(Stream.ofNullable(v.collection()))
                            .forEach(c -> linked.add(link(viewer, c, Relation.COLLECTION, assigned, catalogue)));
                }
                case COLLECTION -> load.apply(v.includedProducts().stream())
                        .sorted(Comparator.comparing(Subscription::number))
                        .forEach(p -> linked.add(link(viewer, p, Relation.INCLUDED_PRODUCT, assigned, catalogue)));
                case APP -> s.hosts().stream().map(linkedBy::get).filter(Objects::nonNull)
                        .forEach(h -> linked.add(link(viewer, h, Relation.HOST, assigned, catalogue)));
            }
            SubscriptionStatus status = s.status(today);
            boolean contactPartner = mustContactPartner(s);
            boolean pendingRequest = s.requestedCancellation().isPresent() && status != SubscriptionStatus.CANCELLED;
            Actions actions = new Actions(
                    setUpApplies(s) && !s.isSetUp() && status != SubscriptionStatus.CANCELLED,
                    !contactPartner && status != SubscriptionStatus.CANCELLED && s.cascadedCancellation().isEmpty(),
                    !contactPartner && pendingRequest && s.cascadedCancellation().isEmpty(),
                    contactPartner);
            out.add(new Details(v, linked, partnerEmails.get(s.partner()), actions));
        }
        return out;
    }

    private static LinkedView link(PersonId viewer, Subscription s, Relation relation,
                                   Set<EntitlementNumber> assigned, Map<ProductCode, Product> catalogue) {
        Product product = catalogue.get(s.product());
        return new LinkedView(s.number().value(), product == null ? s.product().value() : product.name(), s.kind(),
                relation.name(), Visibility.canSee(viewer, s, assigned));
    }

    private static boolean setUpApplies(Subscription s) {
        return s.kind() != SubscriptionKind.APP && s.orderedInCollection().isEmpty();
    }

    // ---- cancellation ----

    @Override
    public CancellationResult previewCancellation(Cancel command) {
        return cancel(command, true);
    }

    @Override
    public CancellationResult cancel(Cancel command) {
        return cancel(command, false);
    }

    private CancellationResult cancel(Cancel command, boolean preview) {
        CancellationTiming when = Inputs.optionalEnum(CancellationTiming.class, blankToNull(command.when()), "when",
                CancellationTiming.END_OF_TERM);
        CancellationReason reason = Inputs.optionalEnum(CancellationReason.class, blankToNull(command.reason()),
                "reason", null);
        return tx.write(() -> {
            Subscription s = visible(command.viewer(), command.entitlementNumber()).subscription();
            refuseCollectionChange(s);
            return lifecycle.cancel(s, when, reason, Set.of(), new Actor.Contact(command.viewer()), preview);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public SubscriptionView withdrawCancellation(ViewSubscription command) {
        return tx.write(() -> {
            Subscription s = visible(command.viewer(), command.entitlementNumber()).subscription();
            refuseCollectionChange(s);
            return views.of(lifecycle.withdraw(s, new Actor.Contact(command.viewer())));
        });
    }

    // ---- set up (R10) ----

    private record Places(Set<String> sites, Set<String> organizations) {
    }

    /** The sites and organizations the viewer sees through the subscriptions they can see. */
    private Places places(List<Subscription> assigned) {
        List<EntitlementNumber> numbers = assigned.stream().map(Subscription::number).toList();
        List<Subscription> seen = new ArrayList<>(assigned);
        if (!numbers.isEmpty()) {
            seen.addAll(storage.subscriptions().findAppsOn(numbers));
            seen.addAll(storage.subscriptions().findOrderedIn(numbers));
        }
        Set<String> sites = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        for (Subscription s : seen) {
            s.site().ifPresent(u -> sites.add(u.value()));
            s.organization().ifPresent(o -> orgs.add(o.value()));
        }
        return new Places(sites, orgs);
    }

    @Override
    public SetUpOptions setUpOptions(ViewSubscription command) {
        return tx.read(() -> {
            Seen seen = visible(command.viewer(), command.entitlementNumber());
            Subscription s = seen.subscription();
            Product product = storage.catalogue().find(s.product()).orElseThrow();
            Places places = places(seen.assignedTo());
            return new SetUpOptions(views.of(s), product.scope(), List.copyOf(places.sites()),
                    List.copyOf(places.organizations()), siteDomain);
        });
    }

    @Override
    public SubscriptionView setUp(SetUp command) {
        return tx.write(() -> {
            Seen seen = visible(command.viewer(), command.entitlementNumber());
            Subscription s = seen.subscription();
            LocalDate today = lifecycle.today();
            if (!setUpApplies(s)) {
                throw new RuleRefusedException(ErrorCode.SET_UP_NOT_APPLICABLE, s.number()
                        + (s.kind() == SubscriptionKind.APP ? " is an app; it runs on its hosts' site"
                        : " is included in a collection; set up the collection"));
            }
            if (s.isSetUp()) {
                throw new RuleRefusedException(ErrorCode.ALREADY_SET_UP, s.number()
                        + " is already set up and cannot be changed in the portal");
            }
            if (s.status(today) == SubscriptionStatus.CANCELLED) {
                throw new RuleRefusedException(ErrorCode.SUBSCRIPTION_CANCELLED, s.number() + " is cancelled");
            }
            Product product = storage.catalogue().find(s.product()).orElseThrow();
            Places places = places(seen.assignedTo());
            Actor actor = new Actor.Contact(command.viewer());
            String existing = blankToNull(command.existingSite());
            String newName = blankToNull(command.newSiteName());
            String org = blankToNull(command.organization());
            long chosen = java.util.stream.Stream.of(existing, newName, org).filter(Objects::nonNull).count();
            if (chosen != 1) {
                throw ValidationException.of(product.scope() == ProductScope.ORGANIZATION ? "organization"
                        : "existingSite", "choose one: " + (product.scope() == ProductScope.ORGANIZATION
                        ? "an organization" : "an existing site or a new site name"));
            }
            if (product.scope() == ProductScope.ORGANIZATION) {
                if (org == null) {
                    throw ValidationException.of(existing != null ? "existingSite" : "newSiteName",
                            product.name() + " is set up on an organization, not a site");
                }
                OrganizationName name = FieldErrors.single("organization", () -> new OrganizationName(org));
                if (!places.organizations().contains(name.value())) {
                    throw ValidationException.of("organization", "not one of the organizations you can see");
                }
                s.setUpOn(name, actor, lifecycle.now());
                lifecycle.store(List.of(s));
                return views.of(s);
            }
            if (org != null) {
                throw ValidationException.of("organization", product.name() + " is set up on a site");
            }
            SiteUrl site = existing != null ? chooseExisting(existing, places) : chooseNew(newName, places);
            lifecycle.lockOrCreateSite(site);
            List<Subscription> included = s.kind() == SubscriptionKind.COLLECTION
                    ? storage.subscriptions().findOrderedIn(List.of(s.number())).stream()
                    .filter(p -> p.isIncludedOn(today) && !p.isSetUp()).toList()
                    : List.of();
            Set<ProductCode> products = new LinkedHashSet<>();
            products.add(s.product());
            products.addAll(product.includes());
            lifecycle.refuseIfLiveOnSite(site, products, null, "already has a live");
            List<Subscription> changed = new ArrayList<>(List.of(s));
            changed.addAll(included);
            changed.forEach(c -> c.setUpOn(site, actor, lifecycle.now()));
            lifecycle.store(changed);
            return views.of(s);
        });
    }

    private SiteUrl chooseExisting(String raw, Places places) {
        SiteUrl site = FieldErrors.single("existingSite", () -> SiteUrl.parse(raw, siteDomain));
        if (!places.sites().contains(site.value())) {
            throw ValidationException.of("existingSite", "not one of the sites you can see");
        }
        return site;
    }

    private SiteUrl chooseNew(String raw, Places places) {
        SiteUrl site = FieldErrors.single("newSiteName", () -> new SiteUrl(raw.strip().toLowerCase(
                java.util.Locale.ROOT), siteDomain));
        if (!places.sites().contains(site.value()) && storage.sites().find(site).isPresent()) {
            throw ValidationException.of("newSiteName", site.value() + " is taken; choose another name");
        }
        return site;
    }

    // ---- contacts, apps, history ----

    @Override
    public Contacts contacts(ViewSubscription command) {
        return tx.read(() -> {
            Subscription s = visible(command.viewer(), command.entitlementNumber()).subscription();
            SubscriptionView view = views.of(s);
            Partner partner = storage.partners().find(s.partner()).orElseThrow();
            return new Contacts(view, partner.name().value(), partner.contactEmail().value(), view.contacts());
        });
    }

    @Override
    public SubscriptionView addContact(AddContact command) {
        FieldErrors errors = new FieldErrors();
        EmailAddress email = errors.field("email", () -> EmailAddress.parse(command.email()));
        DisplayName name = errors.field("name", () -> new DisplayName(command.name()));
        ContactLocale locale = errors.field("locale", () -> ContactLocale.parse(command.locale()));
        errors.throwIfAny();
        return tx.write(() -> {
            Subscription s = visible(command.viewer(), command.entitlementNumber()).subscription();
            return views.of(lifecycle.assign(s, email, name, locale, new Actor.Contact(command.viewer())));
        });
    }

    @Override
    public Optional<SubscriptionView> removeContact(RemoveContact command) {
        EmailAddress email = FieldErrors.single("email", () -> EmailAddress.parse(command.email()));
        return tx.write(() -> {
            Seen seen = visible(command.viewer(), command.entitlementNumber());
            Subscription s = lifecycle.unassign(seen.subscription(), email, new Actor.Contact(command.viewer()));
            Set<EntitlementNumber> assigned = new HashSet<>(seen.assigned());
            if (!s.isAssigned(command.viewer())) {
                assigned.remove(s.number());
            }
            return Visibility.canSee(command.viewer(), s, assigned) ? Optional.of(views.of(s)) : Optional.empty();
        });
    }

    @Override
    public List<Details> apps(ViewSubscription command) {
        return tx.read(() -> {
            Seen seen = visible(command.viewer(), command.entitlementNumber());
            List<Subscription> apps = storage.subscriptions().findAppsOn(List.of(seen.subscription().number()))
                    .stream().filter(a -> Visibility.canSee(command.viewer(), a, seen.assigned()))
                    .sorted(Comparator.comparing(Subscription::number)).toList();
            return details(command.viewer(), apps, seen.assigned());
        });
    }

    @Override
    public Page<HistoryItem> history(ViewHistory command) {
        return tx.read(() -> history.page(visible(command.viewer(), command.entitlementNumber()).subscription()
                .number(), command.cursor(), PAGE_SIZE));
    }

    // ---- profile ----

    @Override
    public Profile profile(PersonId viewer) {
        Person p = storage.people().find(viewer).orElseThrow(() -> new NotFoundException("Person"));
        return new Profile(p.email().value(), p.name().value(), p.locale().tag());
    }

    @Override
    public Profile updateProfile(UpdateProfile command) {
        FieldErrors errors = new FieldErrors();
        DisplayName name = errors.field("name", () -> new DisplayName(command.name()));
        ContactLocale locale = errors.field("locale", () -> ContactLocale.parse(command.locale()));
        errors.throwIfAny();
        return tx.write(() -> {
            Person p = storage.people().find(command.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            Person updated = p.withProfile(name, locale);
            storage.people().update(updated);
            return new Profile(updated.email().value(), updated.name().value(), updated.locale().tag());
        });
    }
}
