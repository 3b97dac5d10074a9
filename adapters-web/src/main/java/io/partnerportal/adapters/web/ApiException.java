package io.partnerportal.adapters.web;

import java.util.Map;

/**
 * A refusal the web adapter answers itself, before or around the core: no or a wrong key, too
 * many requests, a body too large or not JSON. Rendered as problem+json like the
 * core's refusals; {@code headers} go out with it ({@code WWW-Authenticate}, {@code Retry-After}).
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;
    private final transient Map<String, String> headers;

    ApiException(int status, String code, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    static ApiException unauthenticated(String detail, String challenge) {
        return new ApiException(401, "UNAUTHENTICATED", "Authentication required", detail,
                Map.of("WWW-Authenticate", challenge));
    }

    static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "RATE_LIMITED", "Too many requests",
                "Too many requests; retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** S6: the partner assigned as many contacts as {@code PORTAL_INVITE_LIMIT} allows in 10 minutes. */
    static ApiException tooManyInvites(long retryAfterSeconds) {
        return new ApiException(429, "RATE_LIMITED", "Too many requests",
                "Too many contacts assigned in the last 10 minutes; retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiException payloadTooLarge(long maxBytes) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "Payload too large",
                "The request body is larger than " + maxBytes + " bytes", Map.of());
    }

    static ApiException unsupportedMediaType() {
        return new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                "The request body must be JSON sent as Content-Type: application/json (UTF-8)",
                Map.of("Accept", Http.JSON));
    }




    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    Map<String, String> headers() {
        return headers;
    }
}
