/**
 * The refusals the core answers with: one sealed hierarchy carrying an ErrorCode, field errors
 * naming what a caller typed wrong, and the value errors of value objects.
 */
package io.partnerportal.core.domain.error;
