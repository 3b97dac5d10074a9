package io.partnerportal.core.domain.request;

/** What a contact asks the billing partner for (R23); stored and published, so a name never changes. */
public enum RequestKind {
    /** Cancel a collection, naming the included products to keep. */
    CANCEL_COLLECTION,
    /** Change the plan, the user tier and/or the billing cycle. */
    CHANGE,
    /** Add a product, optionally on a site. */
    ADD_PRODUCT,
    /** Anything else, said in the message. */
    OTHER
}
