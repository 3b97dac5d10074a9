package io.partnerportal.core.domain.cancellation;

/** Why a customer cancels (R4), optional. */
public enum CancellationReason { /** Costs too much. */ TOO_EXPENSIVE, /** Lacks features. */ MISSING_FEATURES, /** Moved to another service. */ SWITCHED_SERVICE, /** Not used. */ UNUSED, /** Another reason. */ OTHER }
