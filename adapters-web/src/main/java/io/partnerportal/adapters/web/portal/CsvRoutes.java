package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.core.application.Cursor;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.domain.subscription.ListFilter;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SPEC §6.3's CSV exports: the rows of a list tab under its search and filters, every page of it,
 * and a subscription's contacts, with a header row in the reader's language ({@link Csv} for the format). Registered before the
 * subscription routes so that {@code export.csv} is not taken for an entitlement number.
 */
final class CsvRoutes {
    static final String LIST = "/subscriptions/export.csv";
    static final String CONTACTS = SubscriptionRoutes.SUBSCRIPTION + "/contacts/export.csv";

    private final CustomerPortal portal;
    private final Gate gate;

    CsvRoutes(CustomerPortal portal, Gate gate) {
        this.portal = portal;
        this.gate = gate;
    }

    void register(RoutesConfig routes) {
        routes.get(LIST, gate.signedIn(this::list));
        routes.get(CONTACTS, gate.signedIn(this::contacts));
    }

    private void list(Context ctx, Visitor v) {
        Texts t = v.t();
        ListTab tab = tab(ctx.queryParam("tab"));
        Csv csv = new Csv().row(List.of(t.t("csv.product"), t.t("csv.entitlementNumber"), t.t("csv.plan"),
                t.t("csv.userTier"), t.t("csv.status"), t.t("csv.days"), t.t("csv.cancelsOn"), t.t("csv.partner")));
        Map<String, String> typed = SubscriptionRoutes.filters(ctx);
        ListFilter filter = ListFilter.parse(typed.get("q"), typed.get("partner"), typed.get("product"));
        Cursor at = null;
        do {
            Page<CustomerPortal.Row> page = portal.forReader(v.day()).list(new CustomerPortal.ListSubscriptions(v.person(), tab, filter,
                    at));
            for (CustomerPortal.Row r : page.items()) {
                Long days = r.daysUntilRenewal() != null ? r.daysUntilRenewal() : r.daysUntilStart();
                csv.row(List.of(r.productName(), r.entitlementNumber(), t.of("plan", r.plan()),
                        Integer.toString(r.userTier()), t.t("status." + r.status().name()),
                        days == null ? "" : Long.toString(days), r.cancelsOn() == null ? "" : r.cancelsOn().toString(),
                        r.partnerName()));
            }
            at = page.next() == null ? null : Cursor.parse(page.next());
        } while (at != null);
        send(ctx, "subscriptions-" + tab.name().toLowerCase(Locale.ROOT) + ".csv", csv);
    }

    private void contacts(Context ctx, Visitor v) {
        Texts t = v.t();
        CustomerPortal.Contacts c = portal.forReader(v.day()).contacts(SubscriptionRoutes.view(ctx, v));
        Csv csv = new Csv().row(List.of(t.t("contacts.name"), t.t("contacts.email"), t.t("contacts.language"),
                t.t("contacts.role")));
        c.contacts().forEach(p -> csv.row(List.of(p.name(), p.email(), p.locale(), t.t("role." + p.role().name()))));
        send(ctx, "contacts-" + c.subscription().entitlementNumber() + ".csv", csv);
    }

    private static ListTab tab(String raw) {
        for (ListTab tab : ListTab.values()) {
            if (tab.name().toLowerCase(Locale.ROOT).equals(raw == null ? "active" : raw)) {
                return tab;
            }
        }
        throw Refusal.notFound();
    }

    private static void send(Context ctx, String filename, Csv csv) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.result(csv.bytes());
    }
}
