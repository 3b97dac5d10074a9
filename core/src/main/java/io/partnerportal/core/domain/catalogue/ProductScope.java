package io.partnerportal.core.domain.catalogue;

/** Where a product is set up (R10); an app has no scope of its own (it lives on its hosts' site). */
public enum ProductScope { SITE, ORGANIZATION, HOSTS }
