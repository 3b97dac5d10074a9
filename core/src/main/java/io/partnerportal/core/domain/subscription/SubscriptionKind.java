package io.partnerportal.core.domain.subscription;

/** What a subscription is an entitlement to: a product, a marketplace app, or a collection. */
public enum SubscriptionKind { /** A product, e.g. Jira. */ PRODUCT, /** A marketplace app on hosts. */ APP, /** A bundle of products. */ COLLECTION }
