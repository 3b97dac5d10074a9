package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.Actions;
import io.partnerportal.adapters.web.portal.PageModels.App;
import io.partnerportal.adapters.web.portal.PageModels.AppsPage;
import io.partnerportal.adapters.web.portal.PageModels.DetailsPage;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.HistoryPage;
import io.partnerportal.adapters.web.portal.PageModels.HistoryRow;
import io.partnerportal.adapters.web.portal.PageModels.ListPage;
import io.partnerportal.adapters.web.portal.PageModels.Row;
import io.partnerportal.core.application.HistoryItem;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.ListTab;
import io.partnerportal.core.portal.CustomerPortal.Details;
import io.partnerportal.core.portal.CustomerPortal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages that show (SPEC §5.3): the list with its three tabs, a subscription's details, its
 * installed apps (each with its own details and Cancel), and its history.
 */
final class SubscriptionRoutes {
    static final String EN = "{entitlementNumber}";
    static final String SUBSCRIPTION = Links.SUBSCRIPTIONS + "/" + EN;

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    SubscriptionRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(Links.SUBSCRIPTIONS, gate.signedIn(this::list));
        routes.get(SUBSCRIPTION, gate.signedIn(this::details));
        routes.get(SUBSCRIPTION + "/apps", gate.signedIn(this::apps));
        routes.get(SUBSCRIPTION + "/history", gate.signedIn(this::history));
    }

    static String entitlementNumber(Context ctx) {
        return ctx.pathParam("entitlementNumber");
    }

    static CustomerPortal.ViewSubscription view(Context ctx, Visitor v) {
        return CustomerPortal.ViewSubscription.parse(v.person(), entitlementNumber(ctx));
    }

    // ---- the list ----

    private static ListTab tab(String raw) {
        if (raw == null) {
            return ListTab.ACTIVE;
        }
        for (ListTab tab : ListTab.values()) {
            if (tab.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return tab;
            }
        }
        throw Refusal.notFound();
    }

    /** The list's search and filters, by their names in the page's query. */
    static final List<String> FILTERS = List.of("q", "partner", "product");

    /** The search and filters of the request, as typed, each only when not blank. */
    static Map<String, String> filters(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                typed.put(name, value);
            }
        }
        return typed;
    }

    /** The list command of the request; a wrong search or filter is named as its field. */
    private static CustomerPortal.ListSubscriptions listCommand(Context ctx, Visitor v, ListTab tab,
                                                                Map<String, String> typed) {
        return CustomerPortal.ListSubscriptions.parse(v.person(), tab, typed.get("q"), typed.get("partner"),
                typed.get("product"), ctx.queryParam("cursor"));
    }

    private void list(Context ctx, Visitor v) {
        Texts t = v.t();
        ListTab tab = tab(ctx.queryParam("tab"));
        String name = tab.name().toLowerCase(Locale.ROOT);
        String cursor = ctx.queryParam("cursor");
        Map<String, String> typed = filters(ctx);
        CustomerPortal.ListSubscriptions command;
        try {
            command = listCommand(ctx, v, tab, typed);
        } catch (ValidationException e) {
            if (e.errors().stream().anyMatch(f -> !FILTERS.contains(f.field()))) {
                throw e;
            }
            // the search form again with what is wrong; no rows are shown for a search that was refused
            pages.render(ctx, 400, "subscriptions", new ListPage(
                    Pages.chrome(v, ctx, t.t("list.title"), Links.tab(name, typed, null), "subscriptions"),
                    tabs(t, tab, Map.of(), null), t.t("list.caption." + name), List.of(), t.t("list.invalid"), null,
                    null, search(t, name, Forms.invalid(t, typed, e), null, typed)));
            return;
        }
        Page<CustomerPortal.Row> page = portal.forReader(v.day()).list(command);
        CustomerPortal.ListSummary summary = portal.forReader(v.day()).summary(command);
        List<Row> rows = page.items().stream().map(r -> new Row(Links.subscription(r.entitlementNumber()),
                r.productName(), r.entitlementNumber(), t.of("plan", r.plan()), t.number(r.userTier()),
                Presenter.timing(t, r.daysUntilRenewal(), r.daysUntilStart()), r.partnerName(),
                Presenter.linked(t, r.linked()), Presenter.badges(t, r.status(), r.cancelsOn()),
                Presenter.pendingChange(t, r.pendingChange()))).toList();
        String title = t.t("list.title");
        pages.render(ctx, "subscriptions", new ListPage(
                Pages.chrome(v, ctx, title, Links.tab(name, typed, cursor), "subscriptions"),
                tabs(t, tab, typed, summary), t.t("list.caption." + name), rows,
                t.t(typed.isEmpty() ? "list.empty." + name : "list.notFound"),
                page.nextCursor().map(c -> Links.tab(name, typed, c)).orElse(null),
                CsvRoutes.LIST + "?tab=" + name + Links.query(typed),
                search(t, name, Forms.filled(typed), summary, typed)));
    }

    /** The tabs, each keeping the search and filters and, when known, saying how many rows it holds. */
    private static List<PageModels.ListTabLink> tabs(Texts t, ListTab current, Map<String, String> typed,
                                                     CustomerPortal.ListSummary summary) {
        List<PageModels.ListTabLink> tabs = new ArrayList<>();
        for (ListTab each : ListTab.values()) {
            String n = each.name().toLowerCase(Locale.ROOT);
            int count = summary == null ? 0 : summary.count(each);
            tabs.add(new PageModels.ListTabLink(t.t("tabs." + n), Links.tab(n, typed, null), each == current,
                    "count-" + n, summary == null ? null : t.number(count),
                    t.t(count == 1 ? "list.count.one" : "list.count.other")));
        }
        return tabs;
    }

    /** The search form: the partners and products the viewer has to choose from, the chosen ones selected. */
    private static PageModels.Search search(Texts t, String tab, PageModels.Form form,
                                            CustomerPortal.ListSummary summary, Map<String, String> typed) {
        List<PageModels.Choice> partners = new ArrayList<>(List.of(new PageModels.Choice("",
                t.t("list.search.allPartners"), null, !typed.containsKey("partner"))));
        List<PageModels.Choice> products = new ArrayList<>(List.of(new PageModels.Choice("",
                t.t("list.search.allProducts"), null, !typed.containsKey("product"))));
        if (summary != null) {
            summary.partners().forEach(c -> partners.add(new PageModels.Choice(c.value(), c.label(), null,
                    c.value().equals(typed.get("partner")))));
            summary.products().forEach(c -> products.add(new PageModels.Choice(c.value(), c.label(), null,
                    c.value().equals(typed.get("product")))));
        }
        return new PageModels.Search(tab, form, partners, products, typed.isEmpty() ? null : Links.tab(tab, null));
    }

    // ---- details ----

    private void details(Context ctx, Visitor v) {
        renderDetails(ctx, v, 200, portal.forReader(v.day()).details(view(ctx, v)), null);
    }

    /** The details page, also shown again with {@code error} when a change from it was refused. */
    void renderDetails(Context ctx, Visitor v, int status, Details d, String error) {
        Texts t = v.t();
        SubscriptionView s = d.subscription();
        String en = s.entitlementNumber();
        PageModels.Chrome chrome = Pages.chrome(v, ctx, s.product().name(), Links.subscription(en), "subscriptions");
        CustomerPortal.Asking asking = d.asking();
        // R23: a viewer reads why in the viewer's note already; a manager reads why they may not ask now
        String askRefusal = asking == null || asking.refusal() == null || asking.refusal() == ErrorCode.VIEWER_ROLE
                ? null : t.t(Texts.refusalKey(asking.refusal()));
        pages.render(ctx, status, "subscription", new DetailsPage(chrome,
                Presenter.heading(t, s, Presenter.DETAILS), withRole(t, Presenter.facts(t, s), d.actions().role()),
                Presenter.linkedLabel(t, s),
                Presenter.linked(t, s, d.linked()), actions(t, d), error, Timeline.of(t, s),
                RequestRoutes.rows(t, d.requests()), asking == null ? null : RequestRoutes.forms(t, asking, en,
                        RequestRoutes.RETURN_TO_DETAILS, null, Form.empty(), chrome.csrf()), askRefusal));
    }

    /** The facts, and the viewer's role on the subscription (R19, SPEC §6.3). */
    private static List<PageModels.Fact> withRole(Texts t, List<PageModels.Fact> facts, ContactRole role) {
        List<PageModels.Fact> out = new java.util.ArrayList<>(facts);
        out.add(new PageModels.Fact(t.t("details.role"), t.t("role." + role.name())));
        return out;
    }

    static Actions actions(Texts t, Details d) {
        String en = d.subscription().entitlementNumber();
        CustomerPortal.Actions a = d.actions();
        return new Actions(a.canBeginSetUp() ? Links.subscription(en, "setup") : null,
                a.canCancel() ? Links.subscription(en, "cancel") : null,
                a.canWithdrawCancellation() ? Links.subscription(en, "withdraw") : null,
                a.contactBillingPartner() ? contactPartner(t, d) : null,
                a.role() == ContactRole.VIEWER ? t.t("details.viewerNote") : null);
    }

    static String contactPartner(Texts t, Details d) {
        String partner = d.subscription().partner().name();
        return d.partnerContactEmail() == null ? t.t("details.contactPartner", partner)
                : t.t("details.contactPartnerAt", partner, d.partnerContactEmail());
    }

    // ---- installed apps ----

    private void apps(Context ctx, Visitor v) {
        Texts t = v.t();
        CustomerPortal.ViewSubscription view = view(ctx, v);
        SubscriptionView s = portal.forReader(v.day()).details(view).subscription();
        List<App> apps = portal.forReader(v.day()).apps(view).stream().map(a -> {
            SubscriptionView app = a.subscription();
            Actions actions = actions(t, a);
            return new App(app.product().name(), Links.subscription(app.entitlementNumber()),
                    Presenter.badges(t, app), Presenter.facts(t, app),
                    Presenter.linked(t, app, a.linked()), actions.cancelUrl(), actions.contactPartner());
        }).toList();
        pages.render(ctx, "apps", new AppsPage(
                Pages.chrome(v, ctx, t.t("apps.title", s.product().name()),
                        Links.subscription(s.entitlementNumber(), Presenter.APPS), "subscriptions"),
                Presenter.heading(t, s, Presenter.APPS), apps));
    }

    // ---- history ----

    private void history(Context ctx, Visitor v) {
        Texts t = v.t();
        String cursor = ctx.queryParam("cursor");
        SubscriptionView s = portal.forReader(v.day()).details(view(ctx, v)).subscription();
        Page<HistoryItem> page = portal.forReader(v.day()).history(CustomerPortal.ViewHistory.parse(v.person(), s.entitlementNumber(),
                cursor));
        List<HistoryRow> rows = page.items().stream().map(h -> new HistoryRow(t.dateTime(h.at()),
                t.of("action", h.action()), actor(t, h), details(t, h.details()))).toList();
        String here = Links.subscription(s.entitlementNumber(), Presenter.HISTORY);
        pages.render(ctx, "history", new HistoryPage(
                Pages.chrome(v, ctx, t.t("history.title", s.product().name()),
                        cursor == null ? here : here + "?cursor=" + Links.encode(cursor), "subscriptions"),
                Presenter.heading(t, s, Presenter.HISTORY), rows,
                page.nextCursor().map(c -> here + "?cursor=" + Links.encode(c)).orElse(null)));
    }

    /** Who acted: a contact by email and the partner by name; vendor support and the portal as such. */
    static String actor(Texts t, HistoryItem h) {
        return switch (h.actorKind()) {
            case CONTACT -> h.actor();
            case PARTNER -> t.t("history.partner", h.actor());
            case SUPPORT, SYSTEM -> t.of("actor", h.actorKind());
        };
    }

    /**
     * "Effective on: January 15, 2027": each detail with its label, in the order the core gives them,
     * dates in the visitor's way; ids meant for integrators (a product's code, a billing account's
     * id) are left out, the names beside them say the same to people.
     */
    static List<String> details(Texts t, Map<String, String> details) {
        List<String> out = new ArrayList<>();
        details.forEach((key, value) -> {
            if (!key.endsWith("Id") && !key.equals("productCode")) {
                out.add(t.t("history.detail", t.t("detail." + key), detailValue(t, key, value)));
            }
        });
        return out;
    }

    private static String detailValue(Texts t, String key, String value) {
        switch (key) {
            case "plan":
                return t.t("plan." + value);
            case "billingCycle":
                return t.t("cycle." + value);
            case "reason":
                return t.t("reason." + value);
            default:
                break;
        }
        try {
            return t.date(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }
}
