package io.partnerportal.core.domain.subscription;

/** The edition a subscription is on. */
public enum Plan { FREE, STANDARD, PREMIUM, ENTERPRISE }
