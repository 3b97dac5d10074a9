package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.partnerportal.adapters.web.portal.Portal;
import io.partnerportal.core.application.SubscriptionView;
import io.partnerportal.core.domain.order.Order;
import io.partnerportal.core.domain.subscription.Contact;
import io.partnerportal.core.partner.PartnerOperations;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller.PartnerCaller;
import java.util.List;
import java.util.Set;

/**
 * The partner routes of SPEC §5.2. Each parses the request into a command, calls one port method
 * and renders the view; rules and validation of values are the core's. Changes run under the
 * partner's {@code Idempotency-Key}; a cancellation preview changes nothing, so it is answered like
 * a read and never recorded.
 */
final class PartnerApi {
    static final String V1 = "/api/v1";
    private static final String SUBSCRIPTION = V1 + "/subscriptions/{entitlementNumber}";
    private static final String EN = "entitlementNumber";
    private static final Set<String> PAGE = Set.of("cursor", "limit");

    private final PartnerOperations partners;
    private final ApiAuth auth;
    private final RequestReader in;
    private final Responses out;
    private final Portal.Throttle invites;

    /** {@code invites} limits the contacts one partner assigns (S6). */
    PartnerApi(PartnerOperations partners, ApiAuth auth, RequestReader in, Responses out, Portal.Throttle invites) {
        this.partners = partners;
        this.auth = auth;
        this.in = in;
        this.out = out;
        this.invites = invites;
    }

    void register(RoutesConfig routes) {
        routes.post(V1 + "/billing-accounts", withoutQuery(this::createBillingAccount));
        routes.get(V1 + "/billing-accounts", auth.partner(this::billingAccounts));
        routes.post(V1 + "/orders", withoutQuery(this::order));
        routes.get(V1 + "/subscriptions", auth.partner(this::subscriptions));
        routes.get(SUBSCRIPTION, withoutQuery(this::subscription));
        routes.put(SUBSCRIPTION + "/contacts/{email}", withoutQuery(this::assignContact));
        routes.delete(SUBSCRIPTION + "/contacts/{email}", withoutQuery(this::removeContact));
        routes.put(SUBSCRIPTION + "/usage", withoutQuery(this::reportUsage));
        routes.post(SUBSCRIPTION + "/billing-account", withoutQuery(this::move));
        routes.post(SUBSCRIPTION + "/cancellation", auth.partner(this::cancel));
        routes.delete(SUBSCRIPTION + "/cancellation", withoutQuery(this::withdrawCancellation));
        routes.get(SUBSCRIPTION + "/history", auth.partner(this::history));
        routes.post(SUBSCRIPTION + "/changes", withoutQuery(this::changePlan));
        routes.delete(SUBSCRIPTION + "/changes", withoutQuery(this::withdrawPlanChange));
        routes.post(V1 + "/sites/{siteUrl}/new-billing-migration", withoutQuery(this::migrateSite));
        routes.get(V1 + "/requests", auth.partner(this::requests));
        routes.post(V1 + "/requests/{requestId}/resolution", withoutQuery(this::resolveRequest));
    }

    /** A partner route that takes no query parameters: any is refused before the route reads the request. */
    private Handler withoutQuery(ApiAuth.PartnerHandler route) {
        return auth.partner((ctx, caller) -> {
            in.query(ctx, Set.of());
            route.handle(ctx, caller);
        });
    }

    // ---- request bodies: what a partner may send, field by field (an order's is the core's Order.Form) ----

    record ResolutionBody(String status, String note) {
    }

    record BillingAccountBody(String name) {
    }

    record ContactDetailsBody(String name, String locale, String role) {
    }

    record UsageBody(Integer activeUsers) {
    }

    record MoveBody(String billingAccountId) {
    }

    record CancelBody(String when, String reason, List<String> keepProducts, String requestId) {
    }

    record ChangeBody(String plan, Integer userTier, String billingCycle, String when, String requestId) {
    }

    /**
     * One history line as partners read it: who acted by name ({@code actor}), never by internal id;
     * details in reading order.
     */
    record HistoryJson(String entitlementNumber, java.time.Instant at, String actorKind, String actor, String action,
                       java.util.Map<String, String> details) {
        static HistoryJson of(io.partnerportal.core.application.HistoryItem h) {
            return new HistoryJson(h.entitlementNumber(), h.at(), h.actorKind().name(), h.actor(), h.action().name(),
                    h.details());
        }
    }

    /** {@code {subscriptions: [...]}}: what an order created, or what a move moved. */
    record Subscriptions(List<SubscriptionView> subscriptions) {
    }

    // ---- routes ----

    private void createBillingAccount(Context ctx, PartnerCaller caller) {
        BillingAccountBody body = in.body(ctx, BillingAccountBody.class);
        var command = PartnerOperations.CreateBillingAccount.parse(caller.partner(), body.name());
        out.change(ctx, caller.partner(), 201, body, () -> partners.createBillingAccount(command));
    }

    /** R23: the partner's requests, newest first, by status. */
    private void requests(Context ctx, PartnerCaller caller) {
        RequestReader.Query q = in.query(ctx, Set.of("status", "cursor", "limit"));
        var command = PartnerOperations.ListRequests.parse(caller.partner(), q.text("status"), q.text("cursor"),
                q.number("limit"));
        out.ok(ctx, partners.requests(command));
    }

    /** R23: DONE or DECLINED, with an optional note. */
    private void resolveRequest(Context ctx, PartnerCaller caller) {
        ResolutionBody body = in.body(ctx, ResolutionBody.class);
        var command = PartnerOperations.ResolveRequest.parse(caller.partner(), ctx.pathParam("requestId"),
                body.status(), body.note());
        out.change(ctx, caller.partner(), 200, body, () -> partners.resolveRequest(command));
    }

    private void billingAccounts(Context ctx, PartnerCaller caller) {
        RequestReader.Query q = in.query(ctx, PAGE);
        var command = PartnerOperations.ListBillingAccounts.parse(caller.partner(), q.text("cursor"), q.number("limit"));
        out.ok(ctx, partners.billingAccounts(command));
    }

    private void order(Context ctx, PartnerCaller caller) {
        Order.Form body = in.body(ctx, Order.Form.class);
        Order command = Order.parse(caller.partner(), body);
        out.change(ctx, caller.partner(), 201, body, () -> new Subscriptions(partners.order(command)));
    }

    private void subscriptions(Context ctx, PartnerCaller caller) {
        RequestReader.Query q = in.query(ctx, Set.of("billingAccountId", "status", "cursor", "limit"));
        var command = PartnerOperations.ListSubscriptions.parse(caller.partner(), q.text("billingAccountId"),
                q.text("status"), q.text("cursor"), q.number("limit"));
        out.ok(ctx, partners.subscriptions(command));
    }

    private void subscription(Context ctx, PartnerCaller caller) {
        var command = PartnerOperations.GetSubscription.parse(caller.partner(), ctx.pathParam(EN));
        out.ok(ctx, partners.subscription(command));
    }

    private void assignContact(Context ctx, PartnerCaller caller) {
        ContactDetailsBody body = in.body(ctx, ContactDetailsBody.class);
        var command = PartnerOperations.AssignContact.parse(caller.partner(), ctx.pathParam(EN),
                new Contact.Form(ctx.pathParam("email"), body.name(), body.locale(), body.role()));
        long wait = invites.secondsToWait("partner:" + caller.partner());
        if (wait > 0) {
            throw ApiException.tooManyInvites(wait);
        }
        out.change(ctx, caller.partner(), 200, body, () -> partners.assignContact(command));
    }

    private void removeContact(Context ctx, PartnerCaller caller) {
        var command = PartnerOperations.RemoveContact.parse(caller.partner(), ctx.pathParam(EN), ctx.pathParam("email"));
        out.change(ctx, caller.partner(), 200, null, () -> partners.removeContact(command));
    }

    private void reportUsage(Context ctx, PartnerCaller caller) {
        UsageBody body = in.body(ctx, UsageBody.class);
        var command = PartnerOperations.ReportUsage.parse(caller.partner(), ctx.pathParam(EN), body.activeUsers());
        out.change(ctx, caller.partner(), 200, body, () -> partners.reportUsage(command));
    }

    private void move(Context ctx, PartnerCaller caller) {
        MoveBody body = in.body(ctx, MoveBody.class);
        var command = PartnerOperations.Move.parse(caller.partner(), ctx.pathParam(EN), body.billingAccountId());
        out.change(ctx, caller.partner(), 200, body, () -> new Subscriptions(partners.move(command)));
    }

    private void cancel(Context ctx, PartnerCaller caller) {
        boolean preview = in.query(ctx, Set.of("preview")).flag("preview", false);
        CancelBody body = in.body(ctx, CancelBody.class);
        var command = PartnerOperations.Cancel.parse(caller.partner(), ctx.pathParam(EN), body.when(), body.reason(),
                body.keepProducts(), body.requestId());
        if (preview) {
            out.ok(ctx, partners.previewCancellation(command));
        } else {
            out.change(ctx, caller.partner(), 200, body, () -> partners.cancel(command));
        }
    }

    private void withdrawCancellation(Context ctx, PartnerCaller caller) {
        var command = PartnerOperations.GetSubscription.parse(caller.partner(), ctx.pathParam(EN));
        out.change(ctx, caller.partner(), 200, null, () -> partners.withdrawCancellation(command));
    }

    private void changePlan(Context ctx, PartnerCaller caller) {
        ChangeBody body = in.body(ctx, ChangeBody.class);
        var command = PartnerOperations.ChangePlan.parse(caller.partner(), ctx.pathParam(EN), body.plan(),
                body.userTier(), body.billingCycle(), body.when(), body.requestId());
        out.change(ctx, caller.partner(), 200, body, () -> partners.changePlan(command));
    }

    private void withdrawPlanChange(Context ctx, PartnerCaller caller) {
        var command = PartnerOperations.GetSubscription.parse(caller.partner(), ctx.pathParam(EN));
        out.change(ctx, caller.partner(), 200, null, () -> partners.withdrawPlanChange(command));
    }

    private void history(Context ctx, PartnerCaller caller) {
        RequestReader.Query q = in.query(ctx, PAGE);
        var command = PartnerOperations.ListHistory.parse(caller.partner(), ctx.pathParam(EN), q.text("cursor"),
                q.number("limit"));
        out.ok(ctx, partners.history(command).map(HistoryJson::of));
    }

    private void migrateSite(Context ctx, PartnerCaller caller) {
        var command = PartnerOperations.MigrateSite.parse(caller.partner(), ctx.pathParam("siteUrl"));
        out.change(ctx, caller.partner(), 200, null, () -> partners.migrateSite(command));
    }
}
