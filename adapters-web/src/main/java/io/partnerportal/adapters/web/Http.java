package io.partnerportal.adapters.web;

/** Media types and header names the adapter speaks. */
final class Http {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private Http() {
    }
}
