package io.partnerportal.core.domain;

/** The edition a subscription is on. */
public enum Plan { FREE, STANDARD, PREMIUM, ENTERPRISE }
