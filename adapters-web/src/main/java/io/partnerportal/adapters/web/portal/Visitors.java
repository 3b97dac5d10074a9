package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import io.partnerportal.core.signin.SignIn.SessionView;
import io.partnerportal.core.signin.SignIn;
import java.util.Locale;

/**
 * Tells who is asking: the session named by the session cookie (the core checks its idle and
 * absolute expiry; a cookie naming no live session is cleared), and the language — the one chosen
 * with the switch, else the signed-in person's own, else the browser's {@code Accept-Language}.
 */
final class Visitors {
    private static final String ATTRIBUTE = "portal.visitor";
    private final SignIn signIn;
    private final Cookies cookies;

    Visitors(SignIn signIn, Cookies cookies) {
        this.signIn = signIn;
        this.cookies = cookies;
    }

    Visitor of(Context ctx) {
        String token = Cookies.token(ctx, Cookies.SESSION);
        SessionView session = token == null ? null : signIn.resolve(token).orElse(null);
        if (ctx.cookie(Cookies.SESSION) != null && session == null) {
            cookies.clear(ctx, Cookies.SESSION);
        }
        Visitor v = new Visitor(texts(ctx, session), session, session == null ? null : token);
        ctx.attribute(ATTRIBUTE, v);
        return v;
    }

    /** The visitor this request was already found to be, else an anonymous one (no session look-up). */
    static Visitor known(Context ctx) {
        Visitor v = ctx.attribute(ATTRIBUTE);
        return v != null ? v : anonymous(ctx);
    }

    /** Who is asking; anonymous when the session cannot be looked up (the store is down). */
    Visitor ofOrAnonymous(Context ctx) {
        try {
            return of(ctx);
        } catch (RuntimeException storeDown) {
            return anonymous(ctx);
        }
    }

    /** Who is asking, without looking the session up (for pages that must not touch the store). */
    static Visitor anonymous(Context ctx) {
        return new Visitor(texts(ctx, null), null, null);
    }

    /** The texts of the visitor's language, showing times in the signed-in person's zone (R24). */
    static Texts texts(Context ctx, SessionView session) {
        Texts t = language(ctx, session);
        return session == null ? t : t.in(session.day());
    }

    private static Texts language(Context ctx, SessionView session) {
        String chosen = ctx.cookie(Cookies.LANGUAGE);
        if (chosen != null && Texts.LANGUAGES.contains(chosen)) {
            return Texts.of(chosen);
        }
        if (session != null) {
            return Texts.of(session.locale());
        }
        return Texts.of(preferred(ctx.header("Accept-Language")));
    }

    /** The best of our languages for an {@code Accept-Language} header: {@code ja} when preferred, else {@code en}. */
    static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return "en";
        }
        try {
            String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), Texts.LANGUAGES);
            return match == null ? "en" : match;
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
