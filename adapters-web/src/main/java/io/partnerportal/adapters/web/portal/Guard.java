package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * What every form post must show before it changes anything (CSRF): it comes from the portal's own
 * origin (the {@code Origin} header, or the {@code Referer} when a browser sends no Origin), and it
 * carries the token of its page — the session's token once signed in; before sign-in, the token of
 * a cookie the form echoes (double submit). Tokens are compared in constant time.
 */
final class Guard {
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String origin;
    private final Cookies cookies;

    Guard(URI baseUrl, Cookies cookies) {
        this.origin = originOf(baseUrl);
        this.cookies = cookies;
    }

    /** {@code scheme://host[:port]}, lower case, without the scheme's default port. */
    static String originOf(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private boolean ours(String url) {
        try {
            return origin.equals(originOf(new URI(url.strip())));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A post sent by a page of another site (or an opaque one: {@code Origin: null}) is refused. */
    void checkOrigin(Context ctx) {
        String sentOrigin = ctx.header("Origin");
        if (sentOrigin != null) {
            if (!ours(sentOrigin)) {
                throw Refusal.forgedForm();
            }
            return;
        }
        String referer = ctx.header("Referer");
        if (referer != null && !ours(referer)) {
            throw Refusal.forgedForm();
        }
    }

    /** A signed-in visitor's form carries their session's token. */
    void checkSessionForm(Context ctx, Visitor visitor) {
        if (!matches(visitor.csrf(), ctx.formParam(FIELD))) {
            throw Refusal.forgedForm();
        }
    }

    /** The token the forms before sign-in carry: the cookie's, or a new one set now. */
    String formToken(Context ctx) {
        String token = Cookies.token(ctx, Cookies.FORM_TOKEN);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            cookies.set(ctx, Cookies.FORM_TOKEN, token, null);
        }
        return token;
    }

    /** A form before sign-in echoes its cookie's token. */
    void checkForm(Context ctx) {
        if (!matches(Cookies.token(ctx, Cookies.FORM_TOKEN), ctx.formParam(FIELD))) {
            throw Refusal.forgedForm();
        }
    }

    static boolean matches(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
