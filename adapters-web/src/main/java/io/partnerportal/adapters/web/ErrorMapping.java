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
 * {@code title}, {@code status}, {@code detail}, {@code code} and, for validation, {@code errors}:
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
        routes.exception(PortalException.class, (e, ctx) -> {
            if (Portal.serves(ctx.path())) {
                portal.errorPage(ctx, core(e).status(), Map.of());
                return;
            }
            write(ctx, core(e));
        });
        routes.exception(ApiException.class, (e, ctx) -> {
            if (Portal.serves(ctx.path())) {
                portal.errorPage(ctx, e.status(), e.headers());
                return;
            }
            e.headers().forEach(ctx::header);
            write(ctx, new Problem(e.status(), e.title(), e.getMessage(), e.code(), null));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                ctx.header("Allow", allowed(e.getDetails()));
            }
            if (Portal.serves(ctx.path())) {
                portal.errorPage(ctx, javalin(e).status(), Map.of());
                return;
            }
            write(ctx, javalin(e));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), AccessLog.route(ctx), e);
            if (Portal.serves(ctx.path())) {
                portal.errorPage(ctx, 500, Map.of());
                return;
            }
            write(ctx, javalin(new InternalServerErrorResponse()));
        });
    }

    private void write(Context ctx, Problem p) {
        ctx.status(p.status()).contentType(Http.PROBLEM_JSON)
                .result(json.write(problem(p.status(), p.title(), p.detail(), p.code(), p.errors())));
    }

    private record Problem(int status, String title, String detail, String code, List<FieldError> errors) {
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
            case UNAVAILABLE -> new Problem(503, "Service unavailable",
                    "The service is unavailable for a moment; retry later with the same Idempotency-Key",
                    code.name(), null);
        };
    }

    /** Javalin's own answers: no route (404), another method (405), a body too large (413). */
    private static Problem javalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> new Problem(404, "Not found", "There is no such route; see /api/v1/openapi.json", "NOT_FOUND",
                    null);
            case 405 -> new Problem(405, "Method not allowed", "This route accepts " + allowed(e.getDetails()),
                    "METHOD_NOT_ALLOWED", null);
            case 413 -> new Problem(413, "Payload too large", "The request body is larger than "
                    + RequestReader.MAX_BODY_BYTES + " bytes", "PAYLOAD_TOO_LARGE", null);
            default -> e.getStatus() >= 500
                    ? new Problem(500, "Internal error", "The request failed on our side; it is safe to retry "
                    + "with the same Idempotency-Key", "INTERNAL_ERROR", null)
                    : new Problem(e.getStatus(), "Request refused", "The request was refused", "HTTP_" + e.getStatus(),
                    null);
        };
    }

    private static String allowed(Map<String, String> details) {
        String methods = details.getOrDefault("availableMethods", details.get("Available methods"));
        return methods == null ? "" : methods;
    }

    /** The body of a problem, its members in the order RFC 9457 lists them. */
    static Object problem(int status, String title, String detail, String code, List<FieldError> errors) {
        String type = TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
        return errors == null ? new ProblemBody(type, title, status, detail, code)
                : new ValidationProblemBody(type, title, status, detail, code, errors);
    }

    record ProblemBody(String type, String title, int status, String detail, String code) {
    }

    record ValidationProblemBody(String type, String title, int status, String detail, String code,
                                 List<FieldError> errors) {
    }
}
