package io.partnerportal.core.domain.catalogue;

/** Where a product is set up (R10); an app has no scope of its own (it lives on its hosts' site). */
public enum ProductScope { /** Set up on a site. */ SITE, /** Set up on an organization. */ ORGANIZATION, /** An app, on its hosts. */ HOSTS }
