package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller.SupportCaller;
import io.partnerportal.core.support.SupportOperations;
import java.util.Set;

/** Vendor support's route (R8): reactivation, with the support key only. */
final class SupportApi {
    private final SupportOperations support;
    private final ApiAuth auth;
    private final RequestReader in;
    private final Responses out;

    SupportApi(SupportOperations support, ApiAuth auth, RequestReader in, Responses out) {
        this.support = support;
        this.auth = auth;
        this.in = in;
        this.out = out;
    }

    void register(RoutesConfig routes) {
        routes.post(PartnerApi.V1 + "/support/subscriptions/{entitlementNumber}/reactivation",
                auth.support(this::reactivate));
    }

    record ReactivationBody(Boolean includeApps) {
    }

    private void reactivate(Context ctx, SupportCaller caller) {
        in.query(ctx, Set.of());
        ReactivationBody body = in.body(ctx, ReactivationBody.class);
        var command = SupportOperations.Reactivate.parse(caller.keyId(), ctx.pathParam("entitlementNumber"),
                Boolean.TRUE.equals(body.includeApps()));
        out.supportChange(ctx, caller.keyId(), body, () -> support.reactivate(command));
    }
}
