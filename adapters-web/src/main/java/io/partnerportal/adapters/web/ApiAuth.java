package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.partnerportal.core.domain.access.Secrets;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller.PartnerCaller;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller.SupportCaller;
import io.partnerportal.core.signin.ApiAuthentication.ApiCaller;
import io.partnerportal.core.signin.ApiAuthentication;

/**
 * {@code Authorization: Bearer <key>}. The core checks the key against its stored hash in constant
 * time; this class only reads the header, wraps each route with the kind of key it needs, and
 * names the presented key's rate-limit bucket ({@link #bucket}). A missing, unknown or wrong-kind key is 401
 * with a {@code WWW-Authenticate: Bearer} challenge: a partner key on a support route and a support
 * key on a partner route are keys that do not open that route.
 */
final class ApiAuth {
    private static final String REALM = "Bearer realm=\"partner-api\"";
    private static final String INVALID = REALM + ", error=\"invalid_token\"";

    private final ApiAuthentication authentication;

    ApiAuth(ApiAuthentication authentication) {
        this.authentication = authentication;
    }

    /**
     * The rate-limit bucket of the key a request presents, or null when it presents none: the
     * SHA-256 of the whole key, so a bucket is one key's (a wrong secret counts elsewhere, never
     * against the real key) and no key is kept in a counter. Counted with the address's limit before
     * the route runs, in one round trip.
     */
    static String bucket(Context ctx) {
        String key = presentedKey(ctx);
        return key == null ? null : "key:" + Secrets.hash(key);
    }

    /** The key of {@code Authorization: Bearer <key>}, or null when the header does not present one. */
    private static String presentedKey(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return null;
        }
        String[] parts = header.strip().split("\\s+", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") && !parts[1].isBlank() ? parts[1].strip()
                : null;
    }

    @FunctionalInterface
    interface PartnerHandler {
        void handle(Context ctx, PartnerCaller caller) throws Exception;
    }

    @FunctionalInterface
    interface SupportHandler {
        void handle(Context ctx, SupportCaller caller) throws Exception;
    }

    Handler partner(PartnerHandler handler) {
        return ctx -> {
            if (!(authenticate(ctx) instanceof PartnerCaller caller)) {
                throw ApiException.unauthenticated("This route needs a partner API key", INVALID);
            }
            handler.handle(ctx, caller);
        };
    }

    Handler support(SupportHandler handler) {
        return ctx -> {
            if (!(authenticate(ctx) instanceof SupportCaller caller)) {
                throw ApiException.unauthenticated("This route needs a vendor support key", INVALID);
            }
            handler.handle(ctx, caller);
        };
    }

    private ApiCaller authenticate(Context ctx) {
        String key = presentedKey(ctx);
        if (key == null) {
            throw ApiException.unauthenticated("Send your API key as Authorization: Bearer <key>", REALM);
        }
        return authentication.authenticate(key)
                .orElseThrow(() -> ApiException.unauthenticated("The API key is not valid", INVALID));
    }
}
