/**
 * Cancelling (R4), the cascade to apps (R5), collections with kept products (R6), withdrawing
 * (R7) and reactivating (R8), as pure policies over a graph of subscriptions.
 */
package io.partnerportal.core.domain.cancellation;
