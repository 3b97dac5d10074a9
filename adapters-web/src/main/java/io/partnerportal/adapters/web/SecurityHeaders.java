package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Headers on every response: no MIME sniffing, no referrer outside the site, no framing, nothing
 * cached unless a route says otherwise, a Content-Security-Policy (a page's own resources only for
 * HTML, nothing at all for anything else), and HSTS when the portal is served over HTTPS. Jetty
 * sends no {@code Server} header (see {@link WebApp}).
 */
final class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * The page policy with {@code data:} images as well: Swagger UI's stylesheet draws its icons as
     * inline SVG images. Images cannot run code; scripts and styles stay the page's own files.
     */
    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final boolean https;

    SecurityHeaders(boolean https) {
        this.https = https;
    }

    /** A page may load its own scripts, styles and images; anything else may load nothing. */
    static String policyFor(String contentType) {
        return isPage(contentType) ? PAGE_POLICY : DATA_POLICY;
    }

    /**
     * A page tells only its own site where a visitor came from: with {@code no-referrer} a browser
     * would send {@code Origin: null} on the page's own form posts, and the portal's origin check
     * needs the real origin. Other answers send no referrer at all.
     */
    static String referrerPolicyFor(String contentType) {
        return isPage(contentType) ? "same-origin" : "no-referrer";
    }

    private static boolean isPage(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", referrerPolicyFor(ctx.res().getContentType()));
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.res().getHeader("Cache-Control") == null) {
            ctx.header("Cache-Control", "no-store");
        }
        if (ctx.res().getHeader("Content-Security-Policy") == null) {
            ctx.header("Content-Security-Policy", policyFor(ctx.res().getContentType()));
        }
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
