package io.partnerportal.core.domain.cancellation;

/** Why a customer cancels (R4), optional. */
public enum CancellationReason { TOO_EXPENSIVE, MISSING_FEATURES, SWITCHED_SERVICE, UNUSED, OTHER }
