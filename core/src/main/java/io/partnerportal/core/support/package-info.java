/**
 * Vendor support's actor: {@link io.partnerportal.core.support.SupportOperations}, reactivating a
 * cancelled subscription (R8), the one thing only support does.
 */
package io.partnerportal.core.support;
