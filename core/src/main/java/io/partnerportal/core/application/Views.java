package io.partnerportal.core.application;

import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.Person;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.PlanChange;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.domain.subscription.SubscriptionKind;
import io.partnerportal.core.domain.subscription.SubscriptionState;
import io.partnerportal.core.port.out.Catalogue;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.PersonRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns subscriptions into the views callers see (SPEC §5.2), loading what they link to in a
 * fixed number of batched reads whatever the number of subscriptions (no N+1).
 */
public final class Views {
    private final SubscriptionRepository stored;
    private final PartnerRepository partners;
    private final PersonRepository people;
    private final Catalogue catalogue;
    private final Clock clock;

    /**
     * @param subscriptions where linked subscriptions are read
     * @param partners      the billing partners views name
     * @param people        the contacts views list
     * @param catalogue     the products views name
     * @param clock         the clock (UTC): views are as of today
     */
    public Views(SubscriptionRepository subscriptions, PartnerRepository partners, PersonRepository people,
                 Catalogue catalogue, Clock clock) {
        this.stored = subscriptions;
        this.partners = partners;
        this.people = people;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Today is the clock's date in UTC (SPEC §3), as the rules see it. */
    /** @return the clock's date in UTC, as the rules see it */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** @return the catalogue's products by code */
    public Map<ProductCode, Product> catalogue() {
        return Summaries.of(catalogue).catalogue();
    }

    /**
     * @param s a subscription
     * @return its view as of today
     */
    public SubscriptionView of(Subscription s) {
        return of(List.of(s)).get(0);
    }

    /**
     * @param subscriptions subscriptions
     * @return their views as of today, in their order
     */
    public List<SubscriptionView> of(Collection<Subscription> subscriptions) {
        return of(subscriptions, List.of());
    }

    /**
     * Views of {@code subscriptions}; the linked subscriptions found in {@code context} are taken
     * from there rather than from storage (a preview shows its changes before they are stored).
     *
     * @param subscriptions the subscriptions shown
     * @param context       subscriptions as the caller holds them, newer than the stored ones
     * @return their views, in their order
     */
    public List<SubscriptionView> of(Collection<Subscription> subscriptions, Collection<Subscription> context) {
        if (subscriptions.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<ProductCode, Product> catalogue = catalogue();
        Map<EntitlementNumber, Subscription> known = new HashMap<>();
        context.forEach(s -> known.put(s.number(), s));
        subscriptions.forEach(s -> known.put(s.number(), s));
        Set<EntitlementNumber> numbers = subscriptions.stream().map(Subscription::number)
                .collect(Collectors.toSet());

        Map<EntitlementNumber, List<String>> appsByHost = new HashMap<>();
        for (Subscription app : stored.findAppsOn(numbers)) {
            for (EntitlementNumber host : app.hosts()) {
                appsByHost.computeIfAbsent(host, h -> new ArrayList<>()).add(app.number().value());
            }
        }
        appsByHost.values().forEach(l -> l.sort(Comparator.naturalOrder()));

        List<EntitlementNumber> collections = subscriptions.stream()
                .filter(s -> s.kind() == SubscriptionKind.COLLECTION).map(Subscription::number).toList();
        Map<EntitlementNumber, List<Subscription>> included = new HashMap<>();
        if (!collections.isEmpty()) {
            for (Subscription read : stored.findOrderedIn(collections)) {
                Subscription p = known.getOrDefault(read.number(), read);
                p.collectionOn(today).ifPresent(c -> included.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
            }
        }

        Set<EntitlementNumber> missingHosts = new LinkedHashSet<>();
        subscriptions.forEach(s -> s.hosts().stream().filter(h -> !known.containsKey(h)).forEach(missingHosts::add));
        Map<EntitlementNumber, Subscription> hosts = new HashMap<>(known);
        if (!missingHosts.isEmpty()) {
            stored.findAll(missingHosts).forEach(h -> hosts.put(h.number(), h));
        }

        Map<PartnerId, Partner> partnersById = partners
                .findAll(subscriptions.stream().map(Subscription::partner).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
        Map<PersonId, Person> peopleById = people
                .findAll(subscriptions.stream().flatMap(s -> s.contacts().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));

        List<SubscriptionView> out = new ArrayList<>(subscriptions.size());
        for (Subscription s : subscriptions) {
            Product product = catalogue.get(s.product());
            List<String> includedProducts = included.getOrDefault(s.number(), List.of()).stream()
                    .sorted(Comparator.comparing((Subscription p) -> indexIn(product, p.product()))
                            .thenComparing(Subscription::number))
                    .map(p -> p.number().value()).toList();
            List<String> liveHosts = s.hosts().stream().map(hosts::get)
                    .filter(h -> h != null && h.isLive()).map(h -> h.number().value()).toList();
            Partner partner = partnersById.get(s.partner());
            List<SubscriptionView.ContactView> contacts = s.contacts().stream().map(peopleById::get)
                    .filter(p -> p != null).map(p -> new SubscriptionView.ContactView(p.email().value(),
                            p.name().value(), p.locale().tag(), s.roleOf(p.id()).orElse(ContactRole.MANAGER)))
                    .toList();
            // R16: an app's tier is its largest live host's, as it is today
            int tier = s.kind() != SubscriptionKind.APP ? s.stateOn(today).userTier() : s.hosts().stream()
                    .map(hosts::get).filter(h -> h != null && h.isLive()).mapToInt(h -> h.stateOn(today).userTier())
                    .max().orElse(s.stateOn(today).userTier());
            out.add(view(s, product, partner == null ? "" : partner.name().value(),
                    new Links(includedProducts, liveHosts, appsByHost.getOrDefault(s.number(), List.of())), contacts,
                    today, tier));
        }
        return out;
    }

    /**
     * Views of sheets, which carry everything a view shows: no read at all.
     *
     * @param sheets the sheets read
     * @return their views, in their order
     */
    public List<SubscriptionView> ofSheets(List<SubscriptionSheets.Sheet> sheets) {
        return ofSheets(sheets, List.of());
    }

    /**
     * Views of sheets, the subscriptions found in {@code context} - and the liveness of the hosts
     * found there - taken from there rather than from the sheets (a preview shows its changes
     * before they are stored).
     *
     * @param sheets  the sheets read
     * @param context subscriptions as the caller holds them, newer than the sheets
     * @return their views, in their order
     */
    public List<SubscriptionView> ofSheets(List<SubscriptionSheets.Sheet> sheets, Collection<Subscription> context) {
        return ofSheets(sheets, context, today());
    }

    /**
     * As {@link #ofSheets(List, Collection)}, as of a day other than the rules' (R24: the reader's).
     *
     * @param sheets  the sheets read
     * @param context subscriptions as the caller holds them, newer than the sheets
     * @param today   the day the views are as of
     * @return their views, in their order
     */
    public List<SubscriptionView> ofSheets(List<SubscriptionSheets.Sheet> sheets, Collection<Subscription> context,
                                           LocalDate today) {
        Map<EntitlementNumber, Subscription> known = new HashMap<>();
        context.forEach(c -> known.put(c.number(), c));
        Map<ProductCode, Product> catalogue = catalogue();
        List<SubscriptionView> out = new ArrayList<>(sheets.size());
        for (SubscriptionSheets.Sheet sheet : sheets) {
            Subscription s = known.getOrDefault(sheet.subscription().number(), sheet.subscription());
            Product product = catalogue.get(s.product());
            List<String> included = sheet.linked(Relation.INCLUDED_PRODUCT).stream()
                    .filter(n -> !known.containsKey(n.number()) || known.get(n.number()).collectionOn(today)
                            .map(s.number()::equals).orElse(false))
                    .sorted(Comparator.comparing((SubscriptionSheets.Neighbour n) -> indexIn(product, n.product()))
                            .thenComparing(SubscriptionSheets.Neighbour::number))
                    .map(n -> n.number().value()).toList();
            List<String> liveHosts = sheet.linked(Relation.HOST).stream().filter(n -> known.containsKey(n.number())
                    ? known.get(n.number()).isLive() : n.live()).map(n -> n.number().value()).toList();
            List<String> apps = sheet.linked(Relation.APP).stream().map(n -> n.number().value()).toList();
            // R16: an app's tier is its largest live host's, as it is today
            int tier = s.kind() != SubscriptionKind.APP ? s.stateOn(today).userTier() : sheet.linked(Relation.HOST)
                    .stream().filter(n -> known.containsKey(n.number()) ? known.get(n.number()).isLive() : n.live())
                    .mapToInt(n -> known.containsKey(n.number()) ? known.get(n.number()).stateOn(today).userTier()
                            : n.userTier()).max().orElse(s.stateOn(today).userTier());
            List<SubscriptionView.ContactView> contacts = sheet.contacts().stream()
                    .map(c -> new SubscriptionView.ContactView(c.email(), c.name(), c.locale(),
                            s.roleOf(c.id()).orElse(ContactRole.MANAGER))).toList();
            out.add(view(s, product, sheet.partner().name().value(), new Links(included, liveHosts, apps), contacts,
                    today, tier));
        }
        return out;
    }

    /**
     * @param sheet a sheet read
     * @return its view
     */
    public SubscriptionView ofSheet(SubscriptionSheets.Sheet sheet) {
        return ofSheets(List.of(sheet)).get(0);
    }

    /**
     * @param sheet a sheet read
     * @param today the day the view is as of (R24: the reader's)
     * @return its view
     */
    public SubscriptionView ofSheet(SubscriptionSheets.Sheet sheet, LocalDate today) {
        return ofSheets(List.of(sheet), List.of(), today).get(0);
    }

    /** What a view lists of a subscription's links, each as entitlement numbers in the order shown. */
    private record Links(List<String> included, List<String> liveHosts, List<String> apps) {
    }

    /** A subscription's view as of today (R16: a pending change whose day came applied), its tier given. */
    private static SubscriptionView view(Subscription s, Product product, String partnerName, Links links,
                                         List<SubscriptionView.ContactView> contacts, LocalDate today, int tier) {
        SubscriptionState now = s.stateOn(today);
        PlanChange pending = now.pendingChange();
        return new SubscriptionView(
                s.number().value(),
                s.kind(),
                new SubscriptionView.ProductRef(s.product().value(), product == null ? s.product().value()
                        : product.name()),
                now.plan(),
                now.billingCycle(),
                tier,
                s.state().activeUsers(),
                s.status(today),
                s.state().startDate(),
                now.termStart(),
                s.billDate(today).orElse(null),
                boxed(s.daysUntilRenewal(today)),
                boxed(s.daysUntilStart(today)),
                s.cancellation().map(c -> new SubscriptionView.CancellationView(c.effectiveOn(), c.reason(),
                        c.requestedBy())).orElse(null),
                s.billingAccount().toString(),
                new SubscriptionView.PartnerRef(s.partner().toString(), partnerName),
                s.site().map(u -> u.value()).orElse(null),
                s.organization().map(o -> o.value()).orElse(null),
                s.collectionOn(today).map(EntitlementNumber::value).orElse(null),
                links.included(),
                links.liveHosts(),
                links.apps(),
                contacts,
                pending == null ? null : new SubscriptionView.PendingChangeView(pending.plan(), pending.userTier(),
                        pending.billingCycle(), pending.effectiveOn()));
    }

    private static int indexIn(Product collection, ProductCode code) {
        int i = collection == null ? -1 : collection.includes().indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Long boxed(java.util.OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }
}
