package io.partnerportal.core.domain.subscription;

/** What a subscription is an entitlement to: a product, a marketplace app, or a collection. */
public enum SubscriptionKind { PRODUCT, APP, COLLECTION }
