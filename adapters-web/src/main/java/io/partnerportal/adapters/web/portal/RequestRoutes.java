package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.AskForms;
import io.partnerportal.adapters.web.portal.PageModels.AskPage;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.MyRequestsPage;
import io.partnerportal.adapters.web.portal.PageModels.RequestRow;
import io.partnerportal.core.application.Page;
import io.partnerportal.core.application.RequestView;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.request.RequestKind;
import io.partnerportal.core.domain.subscription.BillingCycle;
import io.partnerportal.core.domain.subscription.Plan;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * R23 in the portal: the subscription's page and {@code /subscriptions/{en}/requests} show a
 * subscription's requests to its billing partner and, to a manager, one small form per kind of request
 * (no JavaScript needed); the POST to the latter asks, and shows the ask page again with what was wrong.
 * {@code /requests} lists the requests the signed-in person asked, newest first, 20 a page.
 */
final class RequestRoutes {
    static final String PAGE = "/requests";
    static final String ASK = "requests";
    /** The form field's value that sends the asker back to the subscription's page once the request is sent. */
    static final String RETURN_TO_DETAILS = "details";
    private static final String[] FIELDS = {"kind", "plan", "userTier", "billingCycle", "product", "site", "message"};

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    RequestRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(SubscriptionRoutes.SUBSCRIPTION + "/" + ASK, gate.signedIn(this::askPage));
        routes.post(SubscriptionRoutes.SUBSCRIPTION + "/" + ASK, gate.signedInForm(this::ask));
        routes.get(PAGE, gate.signedIn(this::mine));
    }

    private void askPage(Context ctx, Visitor v) {
        render(ctx, v, 200, null, Form.empty(), null);
    }

    private void render(Context ctx, Visitor v, int status, String postedKind, Form form, String error) {
        Texts t = v.t();
        CustomerPortal.RequestsPage p = portal.requests(SubscriptionRoutes.view(ctx, v));
        String en = p.subscription().entitlementNumber();
        String here = Links.subscription(en, ASK);
        String refusal = error != null ? error : p.refusal() == null ? null : t.t(Texts.refusalKey(p.refusal()));
        PageModels.Chrome chrome = Pages.chrome(v, ctx, t.t("ask.title", p.subscription().product().name()), here,
                "subscriptions");
        pages.render(ctx, status, "ask", new AskPage(chrome, Presenter.heading(t, p.subscription(), Presenter.DETAILS),
                rows(t, p.requests()), refusal, forms(t, p.asking(), en, null, postedKind, form, chrome.csrf()),
                Links.subscription(en)));
    }

    /**
     * The forms to ask the billing partner of subscription {@code en}, as the ask page and the
     * subscription's page show them; {@code returnTo} is {@link #RETURN_TO_DETAILS} on the subscription's
     * page.
     */
    static AskForms forms(Texts t, CustomerPortal.Asking a, String en, String returnTo, String postedKind, Form form,
                          String csrf) {
        List<String> keep = form.values().containsKey("keepProducts")
                ? List.of(form.values().get("keepProducts").split(",")) : List.of();
        List<Choice> keepChoices = a.includedProducts().stream().map(c -> new Choice(c.value(), c.label(),
                "keep-" + c.value(), keep.contains(c.value()))).toList();
        List<Choice> plans = choices(t, "plan", Arrays.stream(Plan.values()).map(Enum::name).toList(),
                form.value("plan"), "plan");
        List<Choice> cycles = choices(t, "cycle", Arrays.stream(BillingCycle.values()).map(Enum::name).toList(),
                form.value("billingCycle"), "billingCycle");
        List<Choice> products = new ArrayList<>(List.of(new Choice("", t.t("ask.chooseProduct"), "product-none",
                form.value("product").isEmpty())));
        a.products().forEach(c -> products.add(new Choice(c.value(), c.label(), "product-" + c.value(),
                c.value().equals(form.value("product")))));
        return new AskForms(a.partnerName(), a.kinds().stream().map(Enum::name).toList(), Links.subscription(en, ASK),
                returnTo, postedKind, form, keepChoices, plans, cycles, products, csrf);
    }

    private static List<Choice> choices(Texts t, String prefix, List<String> values, String chosen, String field) {
        List<Choice> out = new ArrayList<>(List.of(new Choice("", t.t("ask.unchanged"), field + "-none",
                chosen.isEmpty())));
        values.forEach(v -> out.add(new Choice(v, t.t(prefix + "." + v), field + "-" + v, v.equals(chosen))));
        return out;
    }

    private void ask(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, FIELDS);
        List<String> keep = ctx.formParams("keepProducts");
        if (!keep.isEmpty()) {
            values.put("keepProducts", String.join(",", keep));
        }
        String kind = values.get("kind");
        try {
            portal.askPartner(CustomerPortal.AskPartner.parse(v.person(), SubscriptionRoutes.entitlementNumber(ctx),
                    kind, keep, values.get("plan"), values.get("userTier"), values.get("billingCycle"),
                    values.get("product"), values.get("site"), values.get("message")));
        } catch (ValidationException e) {
            render(ctx, v, 400, kind, Forms.invalid(v.t(), values, e), null);
            return;
        } catch (RuleRefusedException e) {
            render(ctx, v, 409, kind, Forms.filled(values), v.t().refusal(e));
            return;
        }
        String en = SubscriptionRoutes.entitlementNumber(ctx);
        ctx.redirect(Links.done(RETURN_TO_DETAILS.equals(ctx.formParam("return")) ? Links.subscription(en)
                : Links.subscription(en, ASK), Flash.REQUEST_SENT), HttpStatus.SEE_OTHER);
    }

    private void mine(Context ctx, Visitor v) {
        Texts t = v.t();
        Page<RequestView> page = portal.myRequests(CustomerPortal.ListMyRequests.parse(v.person(),
                ctx.queryParam("cursor")));
        pages.render(ctx, 200, "requests", new MyRequestsPage(Pages.chrome(v, ctx, t.t("requests.title"), PAGE,
                "requests"), rows(t, page.items()),
                page.next() == null ? null : PAGE + "?cursor=" + Links.encode(page.next())));
    }

    /** The rows of requests, as any of the pages shows them. */
    static List<RequestRow> rows(Texts t, List<RequestView> requests) {
        return requests.stream().map(r -> new RequestRow(t.dateTime(r.createdAt()),
                r.productName() + " (" + r.entitlementNumber() + ")", Links.subscription(r.entitlementNumber()),
                t.t("request.kind." + r.kind().name()), wish(t, r), r.message() == null ? "" : r.message(),
                t.t("request.status." + r.status().name()), r.status().name().toLowerCase(Locale.ROOT),
                r.resolvedAt() == null ? "" : r.note() == null ? t.t("request.answeredOn", t.dateTime(r.resolvedAt()))
                        : t.t("request.answeredWith", t.dateTime(r.resolvedAt()), r.note()))).toList();
    }

    private static String wish(Texts t, RequestView r) {
        List<String> parts = new ArrayList<>();
        if (r.kind() == RequestKind.CANCEL_COLLECTION) {
            parts.add(t.t("request.keep", r.keepProducts().isEmpty() ? t.t("request.keepNone")
                    : String.join(", ", r.keepProducts())));
        }
        if (r.plan() != null) {
            parts.add(t.t("plan." + r.plan().name()));
        }
        if (r.userTier() != null) {
            parts.add(t.t("request.users", t.number(r.userTier())));
        }
        if (r.billingCycle() != null) {
            parts.add(t.t("cycle." + r.billingCycle().name()));
        }
        if (r.product() != null) {
            parts.add(r.site() == null ? r.product() : t.t("request.productOn", r.product(), r.site()));
        }
        return String.join(", ", parts);
    }
}
