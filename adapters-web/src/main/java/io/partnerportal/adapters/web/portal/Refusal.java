package io.partnerportal.adapters.web.portal;

import java.util.Map;

/**
 * A request the portal refuses itself, before or around the core: a forged or expired form (403),
 * a page that does not exist (404), too many sign-in requests (429). Shown as an error page whose
 * message is {@code messageKey}; {@code headers} go out with it ({@code Retry-After}).
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Map<String, String> headers;

    private Refusal(int status, String messageKey, Map<String, String> headers) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.headers = Map.copyOf(headers);
    }

    /** A form without our token, with a wrong one, or sent from another site. */
    static Refusal forgedForm() {
        return new Refusal(403, "error.403.message", Map.of());
    }

    static Refusal notFound() {
        return new Refusal(404, "error.404.message", Map.of());
    }

    static Refusal badRequest() {
        return new Refusal(400, "error.400.message", Map.of());
    }

    static Refusal tooManySignInRequests(long retryAfterSeconds) {
        return new Refusal(429, "error.429.signIn", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** S6: the contact added as many contacts as the limit allows in 10 minutes. */
    static Refusal tooManyInvites(long retryAfterSeconds) {
        return new Refusal(429, "error.429.invites", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Map<String, String> headers() {
        return headers;
    }
}
