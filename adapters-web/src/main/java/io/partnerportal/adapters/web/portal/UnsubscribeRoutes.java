package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.partnerportal.adapters.web.portal.PageModels.UnsubscribePage;
import io.partnerportal.core.portal.CustomerPortal.UnsubscribeTarget;
import io.partnerportal.core.portal.CustomerPortal;

/**
 * R18's unsubscribe link, without signing in: its GET shows what it would switch off and a button
 * (mail scanners open links, so a GET changes nothing); a POST switches it off - the page's button,
 * or a mail client's one-click POST (RFC 8058), which carries no form token: the signed token in
 * the path is the only authority. A link that does not verify is "not found".
 */
final class UnsubscribeRoutes {
    static final String PAGE = "/unsubscribe/{token}";

    private final CustomerPortal portal;
    private final Gate gate;
    private final Pages pages;

    UnsubscribeRoutes(CustomerPortal portal, Gate gate, Pages pages) {
        this.portal = portal;
        this.gate = gate;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get(PAGE, gate.page(this::confirm));
        routes.post(PAGE, gate.oneClick(this::unsubscribe));
    }

    private void confirm(Context ctx, Visitor v) {
        render(ctx, v, portal.unsubscribeTarget(ctx.pathParam("token")), false);
    }

    private void unsubscribe(Context ctx, Visitor v) {
        render(ctx, v, portal.unsubscribe(ctx.pathParam("token")), true);
    }

    private void render(Context ctx, Visitor v, UnsubscribeTarget target, boolean done) {
        Texts t = v.t();
        String here = "/unsubscribe/" + Links.encode(ctx.pathParam("token"));
        pages.render(ctx, 200, "unsubscribe", new UnsubscribePage(
                Pages.chrome(v, ctx, t.t("unsubscribe.title"), here, ""), here, target.email(),
                t.t("preferences.type." + target.type().name()), done));
    }
}
