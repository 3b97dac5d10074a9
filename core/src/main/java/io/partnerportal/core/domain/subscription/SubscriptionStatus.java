package io.partnerportal.core.domain.subscription;

/** Derived from dates and the clock (R2), never stored. */
public enum SubscriptionStatus { UPCOMING, ACTIVE, CANCELLED }
