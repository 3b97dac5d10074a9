package io.partnerportal.adapters.web.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The language switch on every page ({@code GET /language?lang=ja&back=/subscriptions}): it only
 * remembers the choice in a cookie — nothing stored changes — and goes back to the page it came
 * from when that is a path of the portal, else to the list (never elsewhere). Also the stylesheet.
 */
final class LanguageRoutes {
    private final Gate gate;
    private final Cookies cookies;
    private final byte[] stylesheet;

    LanguageRoutes(Gate gate, Cookies cookies) {
        this.gate = gate;
        this.cookies = cookies;
        try (InputStream in = LanguageRoutes.class.getResourceAsStream("portal.css")) {
            if (in == null) {
                throw new IllegalStateException("portal.css is missing");
            }
            this.stylesheet = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get(Links.LANGUAGE, gate.page(this::switchLanguage));
        routes.get(Links.STYLESHEET, this::stylesheet);
    }

    private void switchLanguage(Context ctx, Visitor v) {
        String lang = ctx.queryParam("lang");
        if (lang == null || !Texts.LANGUAGES.contains(lang)) {
            throw Refusal.badRequest();
        }
        String back = ctx.queryParam("back");
        cookies.set(ctx, Cookies.LANGUAGE, lang, Cookies.LANGUAGE_LIFETIME);
        ctx.redirect(Links.isLocal(back) ? back : Links.SUBSCRIPTIONS, HttpStatus.SEE_OTHER);
    }

    private void stylesheet(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("text/css; charset=utf-8").result(stylesheet);
    }
}
