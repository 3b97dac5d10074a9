package io.partnerportal.adapters.web.portal;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.partnerportal.adapters.web.AccessLog;
import io.partnerportal.adapters.web.portal.PageModels.ErrorPage;
import io.partnerportal.adapters.web.portal.PageModels.Link;
import io.partnerportal.core.domain.error.PortalException;
import io.partnerportal.core.domain.error.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly error pages in the visitor's language, never a stack trace: 404 for a page that does not
 * exist and for a subscription that is not the visitor's (the two look the same), 403 for a forged
 * or expired form, 409 for a business refusal (its code's own message), 429 with
 * {@code Retry-After}, 500 and 503.
 */
final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** The statuses with their own words; others take the words of 400 or 500. */
    static final Set<Integer> STATUSES = Set.of(400, 403, 404, 405, 409, 413, 429, 500, 503);
    static final String UNAVAILABLE_RETRY_SECONDS =
            Long.toString(io.partnerportal.adapters.web.WebSettings.RETRY_AFTER_UNAVAILABLE.toSeconds());

    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    void render(Context ctx, Visitor v, Exception e) {
        if (e instanceof Refusal r) {
            render(ctx, v, r.status(), r.messageKey(), r.headers());
        } else if (e instanceof PortalException core) {
            render(ctx, v, core);
        } else if (e instanceof HttpResponseException http && (http.getStatus() < 500 || http.getStatus() == 503)) {
            render(ctx, v, http.getStatus(), null, Map.of());
        } else {
            LOG.error("Unexpected failure on {} {}", ctx.method(), AccessLog.route(ctx), e);
            render(ctx, v, 500, null, Map.of());
        }
    }

    /** The core's refusals by their code's kind; a reused idempotency key is a conflict like any other. */
    private void render(Context ctx, Visitor v, PortalException e) {
        switch (e.code().kind()) {
            case NOT_FOUND -> render(ctx, v, 404, null, Map.of());
            case VALIDATION -> render(ctx, v, inTheAddress((ValidationException) e) ? 404 : 400, null, Map.of());
            case REFUSED -> render(ctx, v, 409, Texts.refusalKey(e.code()), Map.of());
            case CONFLICT, KEY_REUSED -> render(ctx, v, 409, null, Map.of());
            case UNAVAILABLE -> render(ctx, v, 503, null, Map.of("Retry-After", UNAVAILABLE_RETRY_SECONDS));
        }
    }

    /** A malformed entitlement number in the address is a page that does not exist. */
    private static boolean inTheAddress(ValidationException e) {
        return e.errors().stream().allMatch(f -> f.field().equals("entitlementNumber"));
    }

    /** An error page with {@code status}; {@code messageKey} null means the status's own message. */
    void render(Context ctx, Visitor v, int status, String messageKey, Map<String, String> headers) {
        Texts t = v.t();
        String words = "error." + (STATUSES.contains(status) ? status : status < 500 ? 400 : 500);
        String message = t.t(messageKey != null ? messageKey : words + ".message");
        List<Link> links = v.signedIn() ? List.of(Link.to(t.t("nav.subscriptions"), Links.SUBSCRIPTIONS))
                : List.of(Link.to(t.t("nav.signIn"), Links.LOGIN));
        String title = t.t(words + ".title");
        headers.forEach(ctx::header);
        if (status == 503 && ctx.res().getHeader("Retry-After") == null) {
            ctx.header("Retry-After", UNAVAILABLE_RETRY_SECONDS);
        }
        try {
            pages.render(ctx, status, "error", new ErrorPage(Pages.chrome(v, title, Links.SUBSCRIPTIONS, "", null),
                    title, message, links));
        } catch (RuntimeException failure) {
            LOG.error("The error page itself failed on {} {}", ctx.method(), AccessLog.route(ctx), failure);
            ctx.status(status).contentType("text/plain; charset=utf-8").result(t.t(words + ".title"));
        }
    }
}
