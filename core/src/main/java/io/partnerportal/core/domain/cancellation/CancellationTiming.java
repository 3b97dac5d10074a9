package io.partnerportal.core.domain.cancellation;

/** When a requested cancellation takes effect (R4). */
public enum CancellationTiming {
    /** On the current bill date (the default). */
    END_OF_TERM,
    /** Today. */
    IMMEDIATE
}
