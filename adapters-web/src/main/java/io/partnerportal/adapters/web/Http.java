package io.partnerportal.adapters.web;

/** Media types and header names the adapter speaks. */
final class Http {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    static final String RETRY_AFTER = "Retry-After";
    /** {@code Retry-After} of every 503, in seconds. */
    static final String RETRY_AFTER_UNAVAILABLE = Long.toString(WebSettings.RETRY_AFTER_UNAVAILABLE.toSeconds());

    private Http() {
    }
}
