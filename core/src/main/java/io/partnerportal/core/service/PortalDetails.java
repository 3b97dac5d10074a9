package io.partnerportal.core.service;

import io.partnerportal.core.domain.access.Visibility;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.party.Partner;
import io.partnerportal.core.domain.party.PartnerId;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.port.in.CustomerPortal;
import io.partnerportal.core.port.in.CustomerPortal.Details;
import io.partnerportal.core.port.in.HistoryItem;
import io.partnerportal.core.port.in.LinkedView;
import io.partnerportal.core.port.in.Page;
import io.partnerportal.core.port.in.SubscriptionView;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.PartnerRepository;
import io.partnerportal.core.port.out.SubscriptionRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A subscription's pages as a contact sees them (SPEC §5.3, R11): details with linked
 * subscriptions and the buttons the rules allow, key contacts, installed apps, history.
 */
final class PortalDetails {
    private final Work work;
    private final ContactAccess access;
    private final SubscriptionRepository subscriptions;
    private final PartnerRepository partners;
    private final HistoryPages history;

    PortalDetails(Work work, ContactAccess access, SubscriptionRepository subscriptions, PartnerRepository partners,
                  HistoryPages history) {
        this.work = work;
        this.access = access;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.history = history;
    }

    Details details(CustomerPortal.ViewSubscription c) {
        return work.tx().read(() -> {
            ContactAccess.Seen seen = access.visible(c.viewer(), c.subscription());
            return details(c.viewer(), List.of(seen.subscription()), seen).get(0);
        });
    }

    List<Details> apps(CustomerPortal.ViewSubscription c) {
        return work.tx().read(() -> {
            ContactAccess.Seen seen = access.visible(c.viewer(), c.subscription());
            List<Subscription> apps = subscriptions.findAppsOn(List.of(seen.subscription().number())).stream()
                    .filter(a -> Visibility.canSee(c.viewer(), a, seen.assigned()))
                    .sorted(Comparator.comparing(Subscription::number)).toList();
            return details(c.viewer(), apps, seen);
        });
    }

    CustomerPortal.Contacts contacts(CustomerPortal.ViewSubscription c) {
        return work.tx().read(() -> {
            ContactAccess.Seen seen = access.visible(c.viewer(), c.subscription());
            Subscription s = seen.subscription();
            SubscriptionView view = work.views().of(s);
            Partner partner = partners.find(s.partner()).orElseThrow();
            ContactRole role = seen.role(c.viewer());
            long managers = view.contacts().stream().filter(v -> v.role() == ContactRole.MANAGER).count();
            // the questions Subscription#unassign asks before it refuses (R11, R19)
            List<String> removable = role != ContactRole.MANAGER || view.contacts().size() < 2 ? List.of()
                    : view.contacts().stream().filter(v -> v.role() == ContactRole.VIEWER || managers > 1)
                    .map(SubscriptionView.ContactView::email).toList();
            return new CustomerPortal.Contacts(view, partner.name().value(), partner.contactEmail().value(),
                    view.contacts(), role, removable);
        });
    }

    Page<HistoryItem> history(CustomerPortal.ViewHistory c) {
        return work.tx().read(() -> history.page(access.visible(c.viewer(), c.subscription()).subscription().number(),
                c.cursor(), PortalList.PAGE_SIZE));
    }

    /**
     * The details of {@code subs}, in their order, in a fixed number of reads whatever their number:
     * their views, then every subscription they link to and their partners at once.
     */
    private List<Details> details(PersonId viewer, List<Subscription> subs, ContactAccess.Seen seen) {
        Set<EntitlementNumber> assigned = seen.assigned();
        LocalDate today = work.today();
        List<SubscriptionView> shown = work.views().of(subs);
        Set<EntitlementNumber> neighbours = new LinkedHashSet<>();
        for (int i = 0; i < subs.size(); i++) {
            SubscriptionView v = shown.get(i);
            neighbours.addAll(subs.get(i).hosts());
            Stream.concat(Stream.concat(v.apps().stream(), v.includedProducts().stream()), Stream.ofNullable(
                    v.collection())).forEach(n -> neighbours.add(new EntitlementNumber(n)));
        }
        Map<EntitlementNumber, Subscription> linkedBy = neighbours.isEmpty() ? Map.of()
                : subscriptions.findAll(neighbours).stream()
                .collect(Collectors.toMap(Subscription::number, Function.identity()));
        Map<PartnerId, String> partnerEmails = partners
                .findAll(subs.stream().map(Subscription::partner).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Partner::id, p -> p.contactEmail().value()));
        Map<ProductCode, Product> catalogue = work.views().catalogue();
        List<Details> out = new ArrayList<>(subs.size());
        for (int i = 0; i < subs.size(); i++) {
            Subscription s = subs.get(i);
            SubscriptionView v = shown.get(i);
            Function<Stream<String>, Stream<Subscription>> load = numbers -> numbers
                    .map(n -> linkedBy.get(new EntitlementNumber(n))).filter(Objects::nonNull);
            Function<Subscription, Function<Relation, LinkedView>> link = l -> relation -> link(viewer, l, relation,
                    assigned, catalogue);
            List<LinkedView> linked = switch (s.kind()) {
                case PRODUCT -> Stream.concat(load.apply(v.apps().stream()).sorted(Comparator.comparing(
                        Subscription::number)).map(a -> link.apply(a).apply(Relation.APP)), load.apply(
                        Stream.ofNullable(v.collection())).map(col -> link.apply(col).apply(Relation.COLLECTION)))
                        .toList();
                case COLLECTION -> load.apply(v.includedProducts().stream()).sorted(Comparator.comparing(
                        Subscription::number)).map(p -> link.apply(p).apply(Relation.INCLUDED_PRODUCT)).toList();
                case APP -> s.hosts().stream().map(linkedBy::get).filter(Objects::nonNull)
                        .map(h -> link.apply(h).apply(Relation.HOST)).toList();
            };
            ContactRole role = Visibility.roleOf(viewer, s, seen.assignedTo()).orElse(ContactRole.VIEWER);
            out.add(new Details(v, linked, partnerEmails.get(s.partner()), actions(s, today, role)));
        }
        return out;
    }

    /** The buttons: the same questions the use cases ask before they refuse (a viewer gets none, R19). */
    private static CustomerPortal.Actions actions(Subscription s, LocalDate today, ContactRole role) {
        boolean contactPartner = CancellationRules.refusalForContact(s, today).isPresent();
        boolean manager = role == ContactRole.MANAGER;
        return new CustomerPortal.Actions(manager && SiteRules.setUpRefusal(s, today).isEmpty(),
                manager && !contactPartner && CancellationRules.isCancellable(s, today),
                manager && !contactPartner && CancellationRules.isWithdrawable(s, today), contactPartner, role);
    }

    private static LinkedView link(PersonId viewer, Subscription s, Relation relation,
                                   Set<EntitlementNumber> assigned, Map<ProductCode, Product> catalogue) {
        Product product = catalogue.get(s.product());
        return new LinkedView(s.number().value(), product == null ? s.product().value() : product.name(), s.kind(),
                relation.name(), Visibility.canSee(viewer, s, assigned));
    }
}
