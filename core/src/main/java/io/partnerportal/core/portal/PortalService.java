package io.partnerportal.core.portal;

import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.Cancelling;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.People;
import io.partnerportal.core.application.Sites;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.application.Requests;
import io.partnerportal.core.domain.event.DomainEvent;
import io.partnerportal.core.domain.event.RequestCreated;
import io.partnerportal.core.domain.request.PartnerRequest;
import io.partnerportal.core.domain.request.RequestId;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.request.RequestRules;
import io.partnerportal.core.domain.request.RequestWish;
import io.partnerportal.core.port.out.RequestStore;
import io.partnerportal.core.application.Transactions;
import io.partnerportal.core.application.Views;
import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.catalogue.ProductScope;
import io.partnerportal.core.domain.error.FieldErrorCode;
import io.partnerportal.core.domain.error.Fields;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.error.Refusal;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.event.Act;
import io.partnerportal.core.domain.notification.NotificationContent;
import io.partnerportal.core.domain.notification.NotificationType;
import io.partnerportal.core.domain.notification.SubscriptionSummary;
import io.partnerportal.core.domain.notification.UnsubscribeToken;
import io.partnerportal.core.domain.party.Actor;
import io.partnerportal.core.domain.party.EmailAddress;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.party.ReadersDay;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.site.SiteUrl;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.domain.subscription.Terms;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.ContactListQuery;
import io.partnerportal.core.port.out.NotificationOutbox;
import io.partnerportal.core.port.out.NotificationSender;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SigningKeys;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The customer portal's use cases (SPEC §5.3, §6.3), one method each. Pages read outside a unit of
 * work: a sheet is one statement with the viewer's visibility (R11) and role (R19) in it, and one
 * statement needs no transaction of its own. Changes run in one unit of work each, after
 * {@link ContactAccess} found what the viewer manages.
 */
final class PortalService implements CustomerPortal {
    /** Rows of a list page, and lines of a history page. */
    static final int PAGE_SIZE = 50;
    /** Emails of an email log page. */
    static final int EMAIL_PAGE_SIZE = 20;

    private final Transactions tx;
    private final Views views;
    private final ContactListQuery list;
    private final SubscriptionSheets sheets;
    private final SubscriptionRepository subscriptions;
    private final Catalogue catalogue;
    private final Sites sites;
    private final Cancelling cancelling;
    private final People people;
    private final PersonRepository persons;
    private final HistoryPages history;
    private final SigningKeys signingKeys;
    private final NotificationOutbox outbox;
    private final ContactAccess access;
    private final Requests requests;
    private final NotificationSender subjects;
    /** R24: the day pages count in; commands keep the rules' day ({@link Transactions#today()}). */
    private final ReadersDay day;

    PortalService(Transactions tx, Views views, ContactListQuery list, SubscriptionSheets sheets,
                  SubscriptionRepository subscriptions, Catalogue catalogue, Sites sites, Cancelling cancelling,
                  People people, PersonRepository persons, HistoryPages history, SigningKeys signingKeys,
                  NotificationOutbox outbox, Requests requests, NotificationSender subjects, ReadersDay day) {
        this.requests = requests;
        this.tx = tx;
        this.views = views;
        this.list = list;
        this.sheets = sheets;
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.sites = sites;
        this.cancelling = cancelling;
        this.people = people;
        this.persons = persons;
        this.history = history;
        this.signingKeys = signingKeys;
        this.outbox = outbox;
        this.access = new ContactAccess(subscriptions, sheets);
        this.subjects = subjects;
        this.day = day;
    }

    @Override
    public CustomerPortal forReader(ReadersDay reader) {
        return reader.equals(day) ? this : new PortalService(tx, views, list, sheets, subscriptions, catalogue,
                sites, cancelling, people, persons, history, signingKeys, outbox, requests, subjects, reader);
    }

    /** R24: "today" as the reader's pages count it. */
    private LocalDate today() {
        return day.today(tx.now());
    }

    // ---- the list ----

    @Override
    public Page<Row> list(ListSubscriptions c) {
        ContactListQuery.Position after = Cursor.position(c.cursor(), "cursor", 2,
                p -> new ContactListQuery.Position(p.get(0), EntitlementNumber.parse(p.get(1))));
        LocalDate today = today();
        return Page.of(list.page(c.viewer(), c.tab(), today, c.filter(), after, PAGE_SIZE + 1), PAGE_SIZE,
                last -> Cursor.of(last.productName(), last.number().value()),
                rows -> rows.stream().map(r -> row(r, today)).toList());
    }

    /**
     * The counts per tab under the whole filter, from one tally of the viewer's rows; the choices of
     * each filter are every partner and product the viewer sees, whatever is chosen, so that a choice
     * never vanishes from its own list.
     */
    @Override
    public ListSummary summary(ListSubscriptions c) {
        List<ContactListQuery.Tally> tallies = list.tally(c.viewer(), today(), c.filter().search());
        int active = 0;
        int inactive = 0;
        int upcoming = 0;
        Map<String, String> partners = new HashMap<>();
        Map<String, String> products = new HashMap<>();
        for (ContactListQuery.Tally t : tallies) {
            partners.put(t.partner().toString(), t.partnerName());
            products.put(t.product().value(), t.productName());
            if (t.found() && c.filter().admits(t.partner(), t.product())) {
                active += t.active();
                inactive += t.inactive();
                upcoming += t.upcoming();
            }
        }
        return new ListSummary(active, inactive, upcoming, choices(partners), choices(products));
    }

    private static List<Choice> choices(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::label).thenComparing(Choice::value))
                .toList();
    }

    private static Row row(ContactListQuery.Row r, LocalDate today) {
        SubscriptionStatus status = SubscriptionStatus.of(r.cancellationOn(), r.startDate(), today);
        // R16 from the clock: a pending change whose day came is what the subscription is
        PlanChange change = r.pendingChange();
        boolean applied = change != null && change.appliesOn(today);
        Plan plan = applied ? change.plan() : r.plan();
        BillingCycle cycle = applied ? change.billingCycle() : r.billingCycle();
        LocalDate termStart = applied ? change.termStartAfter(r.billingCycle(), r.termStart()) : r.termStart();
        int ownTier = applied ? change.userTier() : r.userTier();
        int tier = r.hostTier() != null ? r.hostTier() : ownTier;
        Long renewal = status == SubscriptionStatus.ACTIVE
                ? Terms.daysUntil(today, Terms.billDate(termStart, cycle, today)) : null;
        Long start = status == SubscriptionStatus.UPCOMING ? Terms.daysUntil(today, r.startDate()) : null;
        LocalDate cancelsOn = status == SubscriptionStatus.CANCELLED ? null : r.cancellationOn();
        List<LinkedView> linked = r.links().stream().map(l -> new LinkedView(l.number().value(), l.productName(),
                l.kind(), l.relation().name(), l.visibleToViewer())).toList();
        SubscriptionView.PendingChangeView pending = change == null || applied ? null
                : new SubscriptionView.PendingChangeView(change.plan(), change.userTier(), change.billingCycle(),
                change.effectiveOn());
        return new Row(r.number().value(), r.kind(), r.productName(), plan, tier, status,
                renewal, start, cancelsOn, r.partnerName(), linked, pending);
    }

    // ---- a subscription's pages ----

    @Override
    public Details details(ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = access.sheet(c.viewer(), c.subscription(), today());
        // R23: one more read, the subscription's requests (people and products only when there are some);
        // the form to ask counts the open ones among them
        List<PartnerRequest> theirs = requests.store().forSubscription(sheet.subscription().number(),
                SUBSCRIPTION_REQUESTS);
        return details(sheet).withRequests(requests.views(theirs), asking(sheet, theirs));
    }

    @Override
    public List<Details> apps(ViewSubscription c) {
        SubscriptionSheets.Sheet host = access.sheet(c.viewer(), c.subscription(), today());
        return sheets.appsOn(host.subscription().number(), today(), c.viewer()).stream()
                .filter(SubscriptionSheets.Sheet::visibleToViewer).map(this::details).toList();
    }

    @Override
    public Contacts contacts(ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = access.sheet(c.viewer(), c.subscription(), today());
        SubscriptionView view = views.ofSheet(sheet, today());
        ContactRole role = roleOf(sheet);
        long managers = view.contacts().stream().filter(v -> v.role() == ContactRole.MANAGER).count();
        // the questions Subscription#unassign asks before it refuses (R11, R19)
        List<String> removable = role != ContactRole.MANAGER || view.contacts().size() < 2 ? List.of()
                : view.contacts().stream().filter(v -> v.role() == ContactRole.VIEWER || managers > 1)
                .map(SubscriptionView.ContactView::email).toList();
        return new Contacts(view, sheet.partner().name().value(), sheet.partner().contactEmail().value(),
                view.contacts(), role, removable);
    }

    @Override
    public Page<HistoryItem> history(ViewHistory c) {
        return history.page(access.sheet(c.viewer(), c.subscription(), today()).subscription().number(),
                c.cursor(), PAGE_SIZE);
    }

    /** A subscription's details from its sheet: its view, its links as the viewer may open them, the buttons. */
    private Details details(SubscriptionSheets.Sheet sheet) {
        Subscription s = sheet.subscription();
        SubscriptionView v = views.ofSheet(sheet, today());
        Map<ProductCode, Product> products = views.catalogue();
        List<LinkedView> linked = switch (s.kind()) {
            case PRODUCT -> Stream.concat(sheet.linked(Relation.APP).stream(),
                    sheet.linked(Relation.COLLECTION).stream()).map(n -> link(n, products)).toList();
            case COLLECTION -> sheet.linked(Relation.INCLUDED_PRODUCT).stream().map(n -> link(n, products)).toList();
            case APP -> sheet.linked(Relation.HOST).stream().map(n -> link(n, products)).toList();
        };
        return new Details(v, linked, sheet.partner().contactEmail().value(), actions(s, tx.today(), roleOf(sheet)));
    }

    /** R19: the viewer's role as the sheet read it; one who sees it only as nobody's contact is a viewer. */
    private static ContactRole roleOf(SubscriptionSheets.Sheet sheet) {
        return sheet.viewerRole() == null ? ContactRole.VIEWER : sheet.viewerRole();
    }

    /** The buttons: the same questions the use cases ask before they refuse (a viewer gets none, R19). */
    private static Actions actions(Subscription s, LocalDate today, ContactRole role) {
        boolean contactPartner = CancellationRules.refusalForContact(s, today).isPresent();
        boolean manager = role == ContactRole.MANAGER;
        return new Actions(manager && SiteRules.setUpRefusal(s, today).isEmpty(),
                manager && !contactPartner && CancellationRules.isCancellable(s, today),
                manager && !contactPartner && CancellationRules.isWithdrawable(s, today), contactPartner, role);
    }

    private static LinkedView link(SubscriptionSheets.Neighbour n, Map<ProductCode, Product> products) {
        Product product = products.get(n.product());
        return new LinkedView(n.number().value(), product == null ? n.product().value() : product.name(), n.kind(),
                n.relation().name(), n.visibleToViewer());
    }

    // ---- cancelling ----

    @Override
    public CancellationPage cancellationPage(Cancel c) {
        SubscriptionSheets.Sheet sheet = access.sheet(c.viewer(), c.subscription(), today());
        Details details = details(sheet);
        if (!details.actions().canCancel()) {
            return new CancellationPage(details, Optional.empty());
        }
        return new CancellationPage(details, Optional.of(cancelling.preview(sheet.subscription(), c.when(),
                c.reason(), Set.of(), tx.act(new Actor.Contact(c.viewer())))));
    }

    @Override
    public CancellationResult previewCancellation(Cancel c) {
        Subscription s = access.managedSheet(c.viewer(), c.subscription(), tx.today()).subscription();
        refuse(CancellationRules.refusalForContact(s, tx.today()));
        return cancelling.preview(s, c.when(), c.reason(), Set.of(), tx.act(new Actor.Contact(c.viewer())));
    }

    @Override
    public CancellationResult cancel(Cancel c) {
        return tx.write(changes -> {
            Subscription s = access.managed(c.viewer(), c.subscription()).subscription();
            refuse(CancellationRules.refusalForContact(s, tx.today()));
            return cancelling.cancel(s, c.when(), c.reason(), Set.of(), tx.act(new Actor.Contact(c.viewer())),
                    changes);
        });
    }

    @Override
    public SubscriptionView withdrawCancellation(ViewSubscription c) {
        return tx.write(changes -> {
            Subscription s = access.managed(c.viewer(), c.subscription()).subscription();
            refuse(CancellationRules.refusalForContact(s, tx.today()));
            return cancelling.withdraw(s, tx.act(new Actor.Contact(c.viewer())), changes);
        });
    }

    private static void refuse(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.exception();
        });
    }

    // ---- set up ----

    /** The choices, read outside a unit of work: the sheet (visibility in it) and the places, one read each. */
    @Override
    public SetUpOptions setUpOptions(ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = access.sheet(c.viewer(), c.subscription(), today());
        Product product = catalogue.find(sheet.subscription().product()).orElseThrow();
        SubscriptionRepository.Places places = subscriptions.placesOf(c.viewer());
        return new SetUpOptions(views.ofSheet(sheet, today()), product.scope(), places.sites(), places.organizations(),
                sites.domain());
    }

    @Override
    public SubscriptionView setUp(SetUp c) {
        return tx.write(changes -> {
            Subscription s = access.managed(c.viewer(), c.subscription()).subscription();
            SiteRules.setUpRefusal(s, tx.today()).ifPresent(r -> {
                throw r.exception();
            });
            Product product = catalogue.find(s.product()).orElseThrow();
            SubscriptionRepository.Places places = subscriptions.placesOf(c.viewer());
            boolean onOrganization = product.scope() == ProductScope.ORGANIZATION;
            if (c.chosen() != 1) {
                throw ValidationException.of(onOrganization ? "organization" : "existingSite", FieldErrorCode.REQUIRED,
                        "choose one: " + (onOrganization ? "an organization" : "an existing site or a new site name"));
            }
            Act act = tx.act(new Actor.Contact(c.viewer()));
            if (onOrganization) {
                if (c.organization() == null) {
                    throw ValidationException.of(c.existingSite() != null ? "existingSite" : "newSiteName",
                            FieldErrorCode.NOT_APPLICABLE, product.name() + " is set up on an organization, not a site");
                }
                if (!places.organizations().contains(c.organization().value())) {
                    throw ValidationException.of("organization", FieldErrorCode.UNKNOWN,
                            "not one of the organizations you can see");
                }
                changes.commit(Optional.of(SiteRules.setUp(s, List.of(), null, c.organization(), act)), List.of(s));
                return views.of(s);
            }
            if (c.organization() != null) {
                throw ValidationException.of("organization", FieldErrorCode.NOT_APPLICABLE,
                        product.name() + " is set up on a site");
            }
            SiteUrl site = c.existingSite() != null ? existingSite(c, places) : newSite(c, places);
            sites.lockOrCreate(site, act.at());
            sites.refuseIfTaken(site, SiteRules.productsOnSite(product), null);
            List<Subscription> included = s.kind() == SubscriptionKind.COLLECTION
                    ? subscriptions.findOrderedIn(List.of(s.number())).stream()
                    .filter(p -> p.isIncludedOn(tx.today())).toList() : List.of();
            List<Subscription> touched = new ArrayList<>(List.of(s));
            included.stream().filter(p -> !p.isSetUp()).forEach(touched::add);
            changes.commit(Optional.of(SiteRules.setUp(s, included, site, null, act)), touched);
            return views.of(s);
        });
    }

    private SiteUrl existingSite(SetUp c, SubscriptionRepository.Places places) {
        SiteUrl site = Fields.single("existingSite", () -> sites.url(c.existingSite()));
        if (!places.sites().contains(site.value())) {
            throw ValidationException.of("existingSite", FieldErrorCode.UNKNOWN, "not one of the sites you can see");
        }
        return site;
    }

    private SiteUrl newSite(SetUp c, SubscriptionRepository.Places places) {
        SiteUrl site = sites.url(c.newSite());
        if (!places.sites().contains(site.value()) && sites.repository().find(site).isPresent()) {
            throw ValidationException.of("newSiteName", FieldErrorCode.TAKEN,
                    site.value() + " is taken; choose another name");
        }
        return site;
    }

    // ---- contacts ----

    @Override
    public SubscriptionView addContact(AddContact c) {
        return tx.write(changes -> {
            Subscription s = access.managed(c.viewer(), c.subscription()).subscription();
            people.assign(s, c.contact(), tx.act(new Actor.Contact(c.viewer())), changes);
            return views.of(s);
        });
    }

    /** The subscription afterwards, or nothing when the viewer removed themselves and no longer sees it. */
    @Override
    public Optional<SubscriptionView> removeContact(RemoveContact c) {
        return tx.write(changes -> {
            ContactAccess.Seen seen = access.managed(c.viewer(), c.subscription());
            Subscription s = seen.subscription();
            people.unassign(s, c.email(), tx.act(new Actor.Contact(c.viewer())), changes);
            Set<EntitlementNumber> assigned = new HashSet<>(seen.assigned());
            if (!s.isAssigned(c.viewer())) {
                assigned.remove(s.number());
            }
            return Visibility.canSee(c.viewer(), s, assigned) ? Optional.of(views.of(s)) : Optional.empty();
        });
    }

    // ---- the person ----

    @Override
    public Profile profile(PersonId viewer) {
        return profileOf(persons.find(viewer).orElseThrow(() -> new NotFoundException("Person")));
    }

    @Override
    public Profile updateProfile(UpdateProfile c) {
        return tx.write(() -> {
            Person p = persons.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            Person updated = p.withProfile(c.name(), c.locale(), c.keepTimeZone() ? p.timeZone() : c.timeZone());
            persons.update(updated);
            return profileOf(updated);
        });
    }

    private static Profile profileOf(Person p) {
        return new Profile(p.email().value(), p.name().value(), p.locale().tag(), p.readersDay().zoneId(),
                p.timeZone() != null);
    }

    /** R18: one read, outside a unit of work. */
    @Override
    public Set<NotificationType> preferences(PersonId viewer) {
        return persons.switchedOff(viewer);
    }

    @Override
    public Set<NotificationType> updatePreferences(UpdatePreferences c) {
        return tx.write(() -> {
            persons.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            persons.switchOff(c.viewer(), c.switchedOff());
            return persons.switchedOff(c.viewer());
        });
    }

    @Override
    public UnsubscribeTarget unsubscribeTarget(String token) {
        return tx.read(() -> target(token));
    }

    @Override
    public UnsubscribeTarget unsubscribe(String token) {
        return tx.write(() -> {
            UnsubscribeTarget t = target(token);
            Person p = persons.findByEmail(EmailAddress.parse(t.email())).orElseThrow();
            Set<NotificationType> off = EnumSet.noneOf(NotificationType.class);
            off.addAll(persons.switchedOff(p.id()));
            if (off.add(t.type())) {
                persons.switchOff(p.id(), off);
            }
            return t;
        });
    }

    private UnsubscribeTarget target(String token) {
        UnsubscribeToken t = UnsubscribeToken.verify(token, signingKeys.key(UnsubscribeToken.PURPOSE))
                .orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        Person p = persons.find(t.person()).filter(x -> !x.isErased())
                .orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        return new UnsubscribeTarget(p.email().value(), t.type(), p.locale().tag());
    }

    /** The signed-in person's outbox rows, newest first, 20 a page. */
    @Override
    public Page<SentEmail> emails(ListEmails c) {
        Long before = Cursor.position(c.cursor(), "cursor", 1, p -> Long.parseLong(p.get(0)));
        return tx.read(() -> {
            Person p = persons.find(c.viewer()).orElseThrow(() -> new NotFoundException("Person"));
            List<NotificationOutbox.Entry> rows = outbox.pageForRecipient(p.email(), before, EMAIL_PAGE_SIZE + 1);
            return Page.of(rows, EMAIL_PAGE_SIZE, last -> Cursor.of(Long.toString(last.id())),
                    page -> page.stream().map(this::sentEmail).toList());
        });
    }

    /**
     * A row of the log with its subject: the one kept with the row (S7 keeps it when the content goes),
     * else, for a row appended before subjects were kept, rendered from its content.
     */
    private SentEmail sentEmail(NotificationOutbox.Entry e) {
        SubscriptionSummary s = e.content().subscriptions().isEmpty() ? null : e.content().subscriptions().get(0);
        return new SentEmail(e.id(), e.type(), s == null ? null : s.entitlementNumber(),
                s == null ? null : s.productName(), e.createdAt(), switch (e.status()) {
                    case SENT -> EmailStatus.SENT;
                    case PENDING -> EmailStatus.PENDING;
                    case DEAD -> EmailStatus.FAILED;
                    case SKIPPED -> EmailStatus.SKIPPED;
                }, e.subject() != null ? e.subject() : subjectOf(e.content()));
    }

    private String subjectOf(NotificationContent content) {
        try {
            return subjects.subject(content);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- requests to the billing partner (R23) ----

    /** Requests shown on a subscription's page: the open ones (at most 5) and the latest answered. */
    static final int SUBSCRIPTION_REQUESTS = 20;

    @Override
    public RequestsPage requests(ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = access.sheet(c.viewer(), c.subscription(), tx.today());
        List<PartnerRequest> theirs = requests.store().forSubscription(sheet.subscription().number(),
                SUBSCRIPTION_REQUESTS);
        Asking a = asking(sheet, theirs);
        return new RequestsPage(views.ofSheet(sheet), a.partnerName(), requests.views(theirs), a.kinds(), a.refusal(),
                a.includedProducts(), a.products());
    }

    /**
     * What the viewer may ask the subscription's billing partner (R23), the same questions
     * {@link #askPartner} asks before it refuses; {@code theirs} are its latest requests, whose open ones
     * are counted when the list holds them all.
     */
    private Asking asking(SubscriptionSheets.Sheet sheet, List<PartnerRequest> theirs) {
        LocalDate today = tx.today();
        Subscription s = sheet.subscription();
        long open = theirs.size() < SUBSCRIPTION_REQUESTS ? theirs.stream().filter(PartnerRequest::isOpen).count()
                : requests.store().countOpen(s.number());
        List<RequestKind> kinds = RequestRules.kindsFor(s, today);
        Optional<Refusal> refusal = RequestRules.refusalToAsk(s, roleOf(sheet), kinds.get(kinds.size() - 1), open,
                today);
        List<Choice> included = catalogue.find(s.product()).map(p -> p.includes().stream()
                .map(code -> new Choice(code.value(), catalogue.find(code).map(Product::name).orElse(code.value())))
                .toList()).orElse(List.of());
        return new Asking(sheet.partner().name().value(), refusal.isPresent() ? List.of() : kinds,
                refusal.map(Refusal::code).orElse(null), included,
                catalogue.all().stream().filter(p -> p.kind() != SubscriptionKind.APP)
                        .map(p -> new Choice(p.code().value(), p.name())).sorted(Comparator.comparing(Choice::label))
                        .toList());
    }

    @Override
    public RequestView askPartner(AskPartner c) {
        return tx.write(changes -> {
            ContactAccess.Seen seen = access.visible(c.viewer(), c.subscription());
            Subscription s = seen.subscription();
            LocalDate today = tx.today();
            RequestWish wish = c.wish();
            refuse(RequestRules.refusalToAsk(s, seen.role(c.viewer()), wish.kind(),
                    requests.store().countOpen(s.number()), today));
            if (wish.kind() == RequestKind.ADD_PRODUCT) {
                if (catalogue.find(wish.product()).isEmpty()) {
                    throw ValidationException.of("product", FieldErrorCode.UNKNOWN,
                            wish.product().value() + " is not in the catalogue");
                }
                if (c.site() != null) {
                    wish = RequestWish.addProduct(wish.product(), Fields.single("site", () -> sites.url(c.site())));
                }
            }
            RequestRules.checkWish(s, wish, catalogue.find(s.product()).map(Product::includes).orElse(List.of()));
            Act act = tx.act(new Actor.Contact(c.viewer()));
            PartnerRequest r = PartnerRequest.ask(RequestId.random(), s.number(), s.partner(), c.viewer(), act.at(),
                    wish, c.message());
            requests.store().add(r);
            changes.record(new RequestCreated(DomainEvent.newId(), act, s.state(), r));
            return requests.view(r);
        });
    }

    @Override
    public Page<RequestView> myRequests(ListMyRequests c) {
        RequestStore.Position after = Requests.position(c.cursor());
        return requests.page(requests.store().askedBy(c.viewer(), after, EMAIL_PAGE_SIZE + 1), EMAIL_PAGE_SIZE);
    }
}
