package io.partnerportal.core.domain.subscription;

/** When a plan, tier or cycle change applies (R16). */
public enum ChangeTiming {
    /** Today. */
    IMMEDIATE,
    /** On the bill date. */
    AT_RENEWAL
}
