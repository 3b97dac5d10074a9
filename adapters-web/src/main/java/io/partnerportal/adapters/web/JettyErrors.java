package io.partnerportal.adapters.web;

import io.partnerportal.adapters.web.ErrorMapping.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches Javalin (a malformed URL or header, a URI or
 * headers too long) or while it stops (503, with {@code Retry-After}): problem+json with the security
 * headers too, instead of Jetty's HTML page, and a request id like every other answer.
 */
final class JettyErrors extends ErrorHandler {
    private final Json json;

    JettyErrors(Json json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        headers(response.getHeaders(), status);
        // refused before the request reached the routes, it has no id yet: it gets one like any other
        String requestId = response.getHeaders().get(RequestContext.HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.getHeaders().put(RequestContext.HEADER, requestId);
        }
        response.write(true, ByteBuffer.wrap(body(status, requestId)), callback);
    }

    static void headers(HttpFields.Mutable fields, int status) {
        if (status == 503) {
            // the server is stopping (or out of threads): another instance, or this one again shortly
            fields.put(Http.RETRY_AFTER, Http.RETRY_AFTER_UNAVAILABLE);
        }
        fields.put(HttpHeader.CONTENT_TYPE, Http.PROBLEM_JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Content-Security-Policy", SecurityHeaders.DATA_POLICY);
    }

    byte[] body(int status, String requestId) {
        Problem problem = switch (status) {
            case 400 -> new Problem(400, "Malformed request",
                    "The request could not be read: a malformed URL, header or encoding", "MALFORMED_REQUEST", null);
            case 413 -> new Problem(413, "Payload too large", "The request is too large", "PAYLOAD_TOO_LARGE", null);
            case 414, 431 -> new Problem(status, "Request too large", "The URL or the headers are too long",
                    "REQUEST_TOO_LARGE", null);
            case 503 -> ErrorMapping.unavailable();
            default -> status >= 500
                    ? new Problem(status, "Internal error", "The request failed on our side", "INTERNAL_ERROR", null)
                    : ErrorMapping.forStatus(status);
        };
        return json.write(problem.body(requestId)).getBytes(StandardCharsets.UTF_8);
    }
}
