package io.partnerportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.InternalServerErrorResponse;
import io.partnerportal.adapters.web.portal.Portal;
import io.partnerportal.core.domain.error.ErrorCode;
import io.partnerportal.core.domain.error.FieldError;
import io.partnerportal.core.domain.error.PortalException;
import io.partnerportal.core.domain.error.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of the API becomes {@code application/problem+json} (RFC 9457) with {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code code}, {@code requestId} (the request's
 * {@code X-Request-Id}) and, for validation, {@code errors}:
 * the core's refusals by their code's kind, the adapter's own ({@link ApiException}), Javalin's
 * 404/405/413, and anything unexpected as a 500 that shows no exception text. On the portal's
 * addresses the same failures are error pages ({@link Portal}).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    static final String TYPE_PREFIX = "urn:partner-portal:problem:";

    private final Json json;
    private final Portal portal;

    ErrorMapping(Json json, Portal portal) {
        this.json = json;
        this.portal = portal;
    }

    void register(RoutesConfig routes) {
        routes.exception(PortalException.class, (e, ctx) -> answer(ctx, core(e), Map.of()));
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, Problem.of(e), e.headers()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                ctx.header("Allow", allowed(e.getDetails()));
            }
            answer(ctx, javalin(e), Map.of());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), AccessLog.route(ctx), e);
            answer(ctx, javalin(new InternalServerErrorResponse()), Map.of());
        });
    }

    /** On the portal's addresses the error page with the problem's status, elsewhere the problem itself. */
    private void answer(Context ctx, Problem p, Map<String, String> headers) {
        if (Portal.serves(ctx.path())) {
            portal.errorPage(ctx, p.status(), headers);
            return;
        }
        headers.forEach(ctx::header);
        if (p.status() == 503 && ctx.res().getHeader(Http.RETRY_AFTER) == null) {
            ctx.header(Http.RETRY_AFTER, Http.RETRY_AFTER_UNAVAILABLE);
        }
        ctx.status(p.status()).contentType(Http.PROBLEM_JSON)
                .result(json.write(p.body(ctx.res().getHeader(RequestContext.HEADER))));
    }

    /** A problem to answer; {@code errors} only for validation. */
    record Problem(int status, String title, String detail, String code, List<FieldError> errors) {
        static Problem of(ApiException e) {
            return new Problem(e.status(), e.title(), e.getMessage(), e.code(), null);
        }

        /**
         * The body, its members in the order RFC 9457 lists them, then ours: the code, the id of the
         * request it answers (the {@code X-Request-Id} sent with it, which support asks for), the field errors.
         */
        Object body(String requestId) {
            String type = TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
            return errors == null ? new ProblemBody(type, title, status, detail, code, requestId)
                    : new ValidationProblemBody(type, title, status, detail, code, requestId, errors);
        }
    }

    private static Problem core(PortalException e) {
        ErrorCode code = e.code();
        return switch (code.kind()) {
            case VALIDATION -> new Problem(400, "Invalid request", e.getMessage(), code.name(),
                    ((ValidationException) e).errors());
            case NOT_FOUND -> new Problem(404, "Not found", e.getMessage(), code.name(), null);
            case REFUSED -> new Problem(409, "Refused by a business rule", e.getMessage(), code.name(), null);
            case CONFLICT -> new Problem(409, "Conflict", e.getMessage(), code.name(), null);
            case KEY_REUSED -> new Problem(422, "Idempotency key reused", e.getMessage(), code.name(), null);
            case UNAVAILABLE -> unavailable();
        };
    }

    /** A 503: a dependency (the database) does not answer, or the server is stopping; always with Retry-After. */
    static Problem unavailable() {
        return new Problem(503, "Service unavailable",
                "The service is unavailable for a moment; retry later with the same Idempotency-Key",
                ErrorCode.UNAVAILABLE.name(), null);
    }

    /** Javalin's own answers: no route (404), another method (405), a body too large (413). */
    private static Problem javalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 405 -> new Problem(405, "Method not allowed", "This route accepts " + allowed(e.getDetails()),
                    "METHOD_NOT_ALLOWED", null);
            case 413 -> Problem.of(ApiException.payloadTooLarge(RequestReader.MAX_BODY_BYTES));
            case 503 -> unavailable();
            default -> e.getStatus() >= 500
                    ? new Problem(500, "Internal error", "The request failed on our side; it is safe to retry "
                    + "with the same Idempotency-Key", "INTERNAL_ERROR", null)
                    : forStatus(e.getStatus());
        };
    }

    /**
     * A refusal known only by its status below 500, whether Javalin or Jetty answered it: no such
     * route (404), or any other the request was refused with.
     */
    static Problem forStatus(int status) {
        return status == 404
                ? new Problem(404, "Not found", "There is no such route; see /api/v1/openapi.json", "NOT_FOUND", null)
                : new Problem(status, "Request refused", "The request was refused", "HTTP_" + status, null);
    }

    private static String allowed(Map<String, String> details) {
        String methods = details.getOrDefault("availableMethods", details.get("Available methods"));
        return methods == null ? "" : methods;
    }

    record ProblemBody(String type, String title, int status, String detail, String code, String requestId) {
    }

    record ValidationProblemBody(String type, String title, int status, String detail, String code,
                                 String requestId, List<FieldError> errors) {
    }
}
