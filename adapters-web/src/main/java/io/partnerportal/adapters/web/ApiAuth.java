package io.partnerportal.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.partnerportal.core.port.in.ApiAuthentication;
import io.partnerportal.core.port.in.ApiAuthentication.ApiCaller;
import io.partnerportal.core.port.in.ApiAuthentication.ApiCaller.PartnerCaller;
import io.partnerportal.core.port.in.ApiAuthentication.ApiCaller.SupportCaller;

/**
 * {@code Authorization: Bearer <key>}. The core checks the key against its stored hash in constant
 * time; this class only reads the header, wraps each route with the kind of key it needs, and
 * takes a token from the caller's rate-limit bucket. A missing, unknown or wrong-kind key is 401
 * with a {@code WWW-Authenticate: Bearer} challenge: a partner key on a support route and a support
 * key on a partner route are keys that do not open that route.
 */
final class ApiAuth {
    private static final String REALM = "Bearer realm=\"partner-api\"";
    private static final String INVALID = REALM + ", error=\"invalid_token\"";

    private final ApiAuthentication authentication;
    private final RateLimiter perKey;

    ApiAuth(ApiAuthentication authentication, RateLimiter perKey) {
        this.authentication = authentication;
        this.perKey = perKey;
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
            perKey.acquire("partner:" + caller.partner());
            handler.handle(ctx, caller);
        };
    }

    Handler support(SupportHandler handler) {
        return ctx -> {
            if (!(authenticate(ctx) instanceof SupportCaller caller)) {
                throw ApiException.unauthenticated("This route needs a vendor support key", INVALID);
            }
            perKey.acquire("support:" + caller.keyId());
            handler.handle(ctx, caller);
        };
    }

    private ApiCaller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiException.unauthenticated("Send your API key as Authorization: Bearer <key>", REALM);
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthenticated("Send your API key as Authorization: Bearer <key>", REALM);
        }
        return authentication.authenticate(parts[1].strip())
                .orElseThrow(() -> ApiException.unauthenticated("The API key is not valid", INVALID));
    }
}
