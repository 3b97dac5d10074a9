package io.partnerportal.core.portal;

import io.partnerportal.core.application.ContactAccess;
import io.partnerportal.core.application.HistoryPages;
import io.partnerportal.core.application.Work;
import io.partnerportal.core.domain.cancellation.CancellationRules;
import io.partnerportal.core.domain.catalogue.Product;
import io.partnerportal.core.domain.catalogue.ProductCode;
import io.partnerportal.core.domain.error.NotFoundException;
import io.partnerportal.core.domain.party.PersonId;
import io.partnerportal.core.domain.site.SiteRules;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.EntitlementNumber;
import io.partnerportal.core.domain.subscription.Subscription;
import io.partnerportal.core.portal.CustomerPortal;
import io.partnerportal.core.portal.CustomerPortal.Details;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.port.out.ContactListQuery.Relation;
import io.partnerportal.core.port.out.SubscriptionSheets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A subscription's pages as a contact sees them (SPEC §5.3, R11): details with linked
 * subscriptions and the buttons the rules allow, key contacts, installed apps, history.
 */
public final class PortalDetails {
    private final Work work;
    private final ContactAccess access;
    private final SubscriptionSheets sheets;
    private final HistoryPages history;

    public PortalDetails(Work work, ContactAccess access, SubscriptionSheets sheets, HistoryPages history) {
        this.work = work;
        this.access = access;
        this.sheets = sheets;
        this.history = history;
    }

    // Reads outside a unit of work: a sheet is one statement with the viewer's visibility (R11) in
    // it, and one statement needs no transaction of its own.

    private SubscriptionSheets.Sheet visible(PersonId viewer, EntitlementNumber number) {
        return access.sheet(viewer, number, work.today());
    }

    public Details details(CustomerPortal.ViewSubscription c) {
        return details(visible(c.viewer(), c.subscription()));
    }

    public List<Details> apps(CustomerPortal.ViewSubscription c) {
        SubscriptionSheets.Sheet host = visible(c.viewer(), c.subscription());
        return sheets.appsOn(host.subscription().number(), work.today(), c.viewer()).stream()
                .filter(SubscriptionSheets.Sheet::visibleToViewer).map(this::details).toList();
    }

    public CustomerPortal.Contacts contacts(CustomerPortal.ViewSubscription c) {
        SubscriptionSheets.Sheet sheet = visible(c.viewer(), c.subscription());
        SubscriptionView view = work.views().ofSheet(sheet);
        ContactRole role = roleOf(sheet);
        long managers = view.contacts().stream().filter(v -> v.role() == ContactRole.MANAGER).count();
        // the questions Subscription#unassign asks before it refuses (R11, R19)
        List<String> removable = role != ContactRole.MANAGER || view.contacts().size() < 2 ? List.of()
                : view.contacts().stream().filter(v -> v.role() == ContactRole.VIEWER || managers > 1)
                .map(SubscriptionView.ContactView::email).toList();
        return new CustomerPortal.Contacts(view, sheet.partner().name().value(),
                sheet.partner().contactEmail().value(), view.contacts(), role, removable);
    }

    public Page<HistoryItem> history(CustomerPortal.ViewHistory c) {
        return history.page(visible(c.viewer(), c.subscription()).subscription().number(), c.cursor(),
                PortalList.PAGE_SIZE);
    }

    /** A subscription's details from its sheet: its view, its links as the viewer may open them, the buttons. */
    private Details details(SubscriptionSheets.Sheet sheet) {
        Subscription s = sheet.subscription();
        SubscriptionView v = work.views().ofSheet(sheet);
        Map<ProductCode, Product> catalogue = work.views().catalogue();
        List<LinkedView> linked = switch (s.kind()) {
            case PRODUCT -> Stream.concat(sheet.linked(Relation.APP).stream(),
                    sheet.linked(Relation.COLLECTION).stream()).map(n -> link(n, catalogue)).toList();
            case COLLECTION -> sheet.linked(Relation.INCLUDED_PRODUCT).stream().map(n -> link(n, catalogue)).toList();
            case APP -> sheet.linked(Relation.HOST).stream().map(n -> link(n, catalogue)).toList();
        };
        return new Details(v, linked, sheet.partner().contactEmail().value(), actions(s, work.today(),
                roleOf(sheet)));
    }

    /** R19: the viewer's role as the sheet read it; one who sees it only as nobody's contact is a viewer. */
    private static ContactRole roleOf(SubscriptionSheets.Sheet sheet) {
        return sheet.viewerRole() == null ? ContactRole.VIEWER : sheet.viewerRole();
    }

    /** The buttons: the same questions the use cases ask before they refuse (a viewer gets none, R19). */
    private static CustomerPortal.Actions actions(Subscription s, LocalDate today, ContactRole role) {
        boolean contactPartner = CancellationRules.refusalForContact(s, today).isPresent();
        boolean manager = role == ContactRole.MANAGER;
        return new CustomerPortal.Actions(manager && SiteRules.setUpRefusal(s, today).isEmpty(),
                manager && !contactPartner && CancellationRules.isCancellable(s, today),
                manager && !contactPartner && CancellationRules.isWithdrawable(s, today), contactPartner, role);
    }

    private static LinkedView link(SubscriptionSheets.Neighbour n, Map<ProductCode, Product> catalogue) {
        Product product = catalogue.get(n.product());
        return new LinkedView(n.number().value(), product == null ? n.product().value() : product.name(), n.kind(),
                n.relation().name(), n.visibleToViewer());
    }
}
