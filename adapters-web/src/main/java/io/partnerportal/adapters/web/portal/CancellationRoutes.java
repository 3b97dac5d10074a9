package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.partnerportal.adapters.web.portal.PageModels.CancelPage;
import io.partnerportal.adapters.web.portal.PageModels.Choice;
import io.partnerportal.adapters.web.portal.PageModels.Form;
import io.partnerportal.adapters.web.portal.PageModels.Linked;
import io.partnerportal.core.application.CancellationResult;
import io.partnerportal.core.application.LinkedView;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.cancellation.CancellationReason;
import io.partnerportal.core.domain.cancellation.CancellationTiming;
import io.partnerportal.core.domain.error.RuleRefusedException;
import io.partnerportal.core.domain.error.ValidationException;
import io.partnerportal.core.domain.subscription.ContactRole;
import io.partnerportal.core.domain.subscription.SubscriptionStatus;
import io.partnerportal.core.portal.CustomerPortal.Details;
import io.partnerportal.core.portal.CustomerPortal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cancel (SPEC §5.3, R4-R6): the page previews what the cancellation does for the chosen date (the
 * core's preview changes nothing) — what is cancelled with it, which apps stay — then the post
 * confirms that date with an optional reason. Withdraw cancellation (R7) is a post from the details.
 * A collection and its included products are the billing partner's to cancel (R6): the page says so.
 */
final class CancellationRoutes {
    private static final String PAGE = SubscriptionRoutes.SUBSCRIPTION + "/cancel";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;
    private final SubscriptionRoutes subscriptions;

    CancellationRoutes(CustomerPortal portal, Gate gate, Pages pages, SubscriptionRoutes subscriptions) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
        this.subscriptions = subscriptions;
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, gate.signedIn(this::preview));
        routes.post(PAGE, gate.signedInForm(this::cancel));
        routes.post(SubscriptionRoutes.SUBSCRIPTION + "/withdraw", gate.signedInForm(this::withdraw));
    }

    private void preview(Context ctx, Visitor v) {
        render(ctx, v, 200, ctx.queryParam("when"), Form.empty());
    }

    /**
     * The page for {@code when}: the preview and the confirmation form, or why it cannot be cancelled
     * here - the details and the preview in one call to the core.
     */
    private void render(Context ctx, Visitor v, int status, String when, Form form) {
        Texts t = v.t();
        String chosen = when == null || when.isBlank() ? CancellationTiming.END_OF_TERM.name() : when;
        CustomerPortal.CancellationPage page = portal.forReader(v.day()).cancellationPage(CustomerPortal.Cancel.parse(v.person(),
                SubscriptionRoutes.entitlementNumber(ctx), chosen, null));
        Details d = page.details();
        SubscriptionView s = d.subscription();
        String en = s.entitlementNumber();
        String back = Links.subscription(en);
        String here = Links.subscription(en, "cancel") + "?when=" + Links.encode(chosen);
        var chrome = Pages.chrome(v, ctx, t.t("cancel.title", s.product().name()), here, "subscriptions");
        var heading = Presenter.heading(t, s, "");
        if (page.preview().isEmpty()) {
            String refusal = d.actions().contactBillingPartner() ? SubscriptionRoutes.contactPartner(t, d)
                    : d.actions().role() == ContactRole.VIEWER ? t.t("refusal.VIEWER_ROLE") : t.t("cancel.notPossible");
            pages.render(ctx, 409, "cancel", new CancelPage(chrome, heading, back, null, refusal, List.of(), chosen,
                    null, List.of(), List.of(), List.of(), List.of(), form));
            return;
        }
        CancellationResult r = page.preview().get();
        List<Choice> timings = Arrays.stream(CancellationTiming.values()).map(w -> new Choice(w.name(),
                w == CancellationTiming.END_OF_TERM ? t.t("cancel.when.END_OF_TERM", t.date(s.billDate()))
                        : t.t("cancel.when.IMMEDIATE"), "when-" + w.name(), w.name().equals(chosen))).toList();
        String reason = form.values().getOrDefault("reason", "");
        List<Choice> reasons = new ArrayList<>();
        reasons.add(new Choice("", t.t("reason.none"), "reason-none", reason.isEmpty()));
        for (CancellationReason each : CancellationReason.values()) {
            reasons.add(new Choice(each.name(), t.of("reason", each), "reason-" + each.name(),
                    each.name().equals(reason)));
        }
        pages.render(ctx, status, "cancel", new CancelPage(chrome, heading, back, Links.subscription(en, "cancel"),
                null, timings, chosen, t.t("cancel.outcome", s.product().name(), t.date(r.effectiveOn())),
                linked(r.cancelled()), staying(r.appsLosingHost(), d.linked()), linked(r.kept()), reasons, form));
    }

    /** The apps that stay, named as the details name the product's apps (the preview gives their numbers only). */
    private static List<Linked> staying(List<String> numbers, List<LinkedView> linked) {
        Map<String, LinkedView> known = new HashMap<>();
        linked.forEach(l -> known.put(l.entitlementNumber(), l));
        return numbers.stream().map(n -> {
            LinkedView l = known.get(n);
            return l == null ? new Linked("", n, n, null)
                    : new Linked("", l.productName(), n, l.canOpen() ? Links.subscription(n) : null);
        }).toList();
    }

    private static List<Linked> linked(List<SubscriptionView> views) {
        return views.stream().map(Presenter::linked).toList();
    }

    private void cancel(Context ctx, Visitor v) {
        Map<String, String> values = Forms.read(ctx, "when", "reason");
        String en = SubscriptionRoutes.entitlementNumber(ctx);
        CancellationResult r;
        try {
            r = portal.cancel(CustomerPortal.Cancel.parse(v.person(), en, values.get("when"), values.get("reason")));
        } catch (ValidationException e) {
            render(ctx, v, 400, values.get("when"), Forms.invalid(v.t(), values, e));
            return;
        }
        Flash done = r.subscription().status() == SubscriptionStatus.CANCELLED ? Flash.CANCELLED
                : Flash.CANCELLATION_SCHEDULED;
        ctx.redirect(Links.done(Links.subscription(r.subscription().entitlementNumber()), done),
                HttpStatus.SEE_OTHER);
    }

    private void withdraw(Context ctx, Visitor v) {
        CustomerPortal.ViewSubscription view = SubscriptionRoutes.view(ctx, v);
        SubscriptionView s;
        try {
            s = portal.withdrawCancellation(view);
        } catch (RuleRefusedException e) {
            subscriptions.renderDetails(ctx, v, 409, portal.forReader(v.day()).details(view), v.t().refusal(e));
            return;
        }
        ctx.redirect(Links.done(Links.subscription(s.entitlementNumber()), Flash.WITHDRAWN), HttpStatus.SEE_OTHER);
    }
}
