package io.partnerportal.core.domain.subscription;

/** The edition a subscription is on. */
public enum Plan { /** Free. */ FREE, /** Standard. */ STANDARD, /** Premium. */ PREMIUM, /** Enterprise. */ ENTERPRISE }
