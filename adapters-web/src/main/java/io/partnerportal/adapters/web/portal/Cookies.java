package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The portal's cookies, written by hand so that every flag is ours: always {@code HttpOnly},
 * {@code SameSite=Lax} and {@code Path=/}, {@code Secure} when the portal's base URL is https or the
 * request came over https (the connection's scheme, or the one a trusted proxy reports).
 * Values are URL-safe tokens or language tags, never anything a visitor typed.
 */
final class Cookies {
    /** The session token; no Max-Age, so it goes with the browser (the session also ends on the server). */
    static final String SESSION = "portal_session";
    /** The language chosen with the switch. */
    static final String LANGUAGE = "lang";
    /** The token the forms before sign-in echo (double submit). */
    static final String FORM_TOKEN = "portal_form";

    static final Duration LANGUAGE_LIFETIME = Duration.ofDays(365);

    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    void set(Context ctx, String name, String value, Duration maxAge) {
        StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAge != null) {
            c.append("; Max-Age=").append(maxAge.toSeconds());
        }
        ctx.res().addHeader("Set-Cookie", flags(ctx, c));
    }

    void clear(Context ctx, String name) {
        ctx.res().addHeader("Set-Cookie", flags(ctx, new StringBuilder(name)
                .append("=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT")));
    }

    private String flags(Context ctx, StringBuilder c) {
        c.append("; HttpOnly; SameSite=Lax");
        if (secure || "https".equals(ctx.scheme())) {
            c.append("; Secure");
        }
        return c.toString();
    }

    /** A cookie's value when it is a plausible token (URL-safe base64), else null. */
    static String token(Context ctx, String name) {
        String value = ctx.cookie(name);
        return value != null && value.length() >= 16 && value.length() <= 200 && value.matches("[A-Za-z0-9_-]+")
                ? value : null;
    }
}
